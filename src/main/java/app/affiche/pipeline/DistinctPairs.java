package app.affiche.pipeline;

import app.affiche.imaging.DecodeException;
import app.affiche.imaging.PerceptualHash;
import app.affiche.imaging.PosterDecoder;
import app.affiche.poster.Sha256;
import app.affiche.similar.DuplicateGroups;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The other half of the duplicate bench: many different posters (the shared catalogue, all different films), every
 * pair of which a rule should leave apart. Embeddings come from the eval cache where it has them (nothing is
 * embedded here); rules that need a cosine get one only for pairs the hash already puts close.
 */
public final class DistinctPairs {
    private final List<Path> files = new ArrayList<>();
    private final List<Long> hashes = new ArrayList<>();
    private final List<float[]> embeddings = new ArrayList<>();

    /** Two posters a rule might join, for a look by eye. */
    public record Close(Path a, Path b, int bits, double cosine) {
    }

    /** Hashes each file as an import does; unreadable files are reported and left out. */
    public DistinctPairs(List<Path> posters, EmbeddingCache cache, Consumer<String> progress) throws IOException {
        PosterDecoder decoder = new PosterDecoder();
        for (Path p : posters) {
            try {
                hashes.add(PerceptualHash.dct(decoder.read(p, PosterPreparer.DECODE_MIN_SIDE)));
                files.add(p);
                embeddings.add(cache == null ? null : cache.get(Sha256.of(p)));
            } catch (DecodeException e) {
                progress.accept(p + ": " + e.getMessage() + " (left out)");
            }
            if (files.size() % 1000 == 0) progress.accept("hashed " + files.size() + "/" + posters.size() + " distinct posters");
        }
    }

    public int size() {
        return files.size();
    }

    public long pairs() {
        return (long) size() * (size() - 1) / 2;
    }

    public long withEmbedding() {
        return embeddings.stream().filter(e -> e != null).count();
    }

    /**
     * Pairs the rule joins. Only pairs within {@code maxBits} can be joined: they are found once (every pair's XOR)
     * and their cosines computed once, NaN where a poster has no embedding; every rule then runs over them alone.
     */
    public long joined(DuplicateBench.PairRule rule, int maxBits) {
        if (near == null || nearBits != maxBits) near(maxBits);
        long n = 0;
        for (int k = 0; k < nearCount; k++) if (rule.copies(near[k], 64, nearCosine[k])) n++;
        return n;
    }

    /** The pairs (at most {@code limit}) the rule joins, to look at. */
    public List<Close> joinedPairs(DuplicateBench.PairRule rule, int maxBits, int limit) {
        if (near == null || nearBits != maxBits) near(maxBits);
        List<Close> out = new ArrayList<>();
        for (int k = 0; k < nearCount && out.size() < limit; k++) {
            if (rule.copies(near[k], 64, nearCosine[k])) {
                out.add(new Close(files.get(nearA[k]), files.get(nearB[k]), near[k], nearCosine[k]));
            }
        }
        return out;
    }

    private byte[] near;
    private int[] nearA;
    private int[] nearB;
    private float[] nearCosine;
    private int nearCount;
    private int nearBits = -1;

    /** One pass over every pair, keeping bits and cosine of those within {@code maxBits} in primitive arrays. */
    private void near(int maxBits) {
        long[] h = hashes.stream().mapToLong(Long::longValue).toArray();
        near = new byte[1 << 16];
        nearA = new int[1 << 16];
        nearB = new int[1 << 16];
        nearCosine = new float[1 << 16];
        nearCount = 0;
        for (int i = 0; i < h.length; i++) {
            for (int j = i + 1; j < h.length; j++) {
                int bits = Long.bitCount(h[i] ^ h[j]);
                if (bits > maxBits) continue;
                if (nearCount == near.length) {
                    near = java.util.Arrays.copyOf(near, near.length * 2);
                    nearA = java.util.Arrays.copyOf(nearA, near.length);
                    nearB = java.util.Arrays.copyOf(nearB, near.length);
                    nearCosine = java.util.Arrays.copyOf(nearCosine, nearCosine.length * 2);
                }
                near[nearCount] = (byte) bits;
                nearA[nearCount] = i;
                nearB[nearCount] = j;
                nearCosine[nearCount++] = (float) cosine(i, j);
            }
        }
        nearBits = maxBits;
    }

    /** The {@code limit} pairs closest by pHash (ties by cosine), to look at. */
    public List<Close> closest(int limit) {
        long[] h = hashes.stream().mapToLong(Long::longValue).toArray();
        Comparator<Close> far = Comparator.comparingInt(Close::bits).thenComparingDouble(c -> -c.cosine());
        PriorityQueue<Close> kept = new PriorityQueue<>(far.reversed());
        for (int i = 0; i < h.length; i++) {
            for (int j = i + 1; j < h.length; j++) {
                int bits = Long.bitCount(h[i] ^ h[j]);
                if (kept.size() == limit && bits > kept.peek().bits()) continue;
                kept.add(new Close(files.get(i), files.get(j), bits, cosine(i, j)));
                if (kept.size() > limit) kept.poll();
            }
        }
        return kept.stream().sorted(far).toList();
    }

    private double cosine(int i, int j) {
        return DuplicateGroups.cosine(embeddings.get(i), embeddings.get(j));
    }
}
