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
     * Pairs the rule joins, pHash bits first; a rule that needs a cosine is asked only for pairs within
     * {@code maxBits}, and gets NaN where a poster has no embedding.
     */
    public long joined(DuplicateBench.PairRule rule, int maxBits) {
        long n = 0;
        for (int i = 0; i < size(); i++) {
            long h = hashes.get(i);
            for (int j = i + 1; j < size(); j++) {
                int bits = Long.bitCount(h ^ hashes.get(j));
                if (bits <= maxBits && rule.copies(bits, 64, cosine(i, j))) n++;
            }
        }
        return n;
    }

    /** The {@code limit} pairs closest by pHash (ties by cosine), to look at. */
    public List<Close> closest(int limit) {
        Comparator<Close> far = Comparator.comparingInt(Close::bits).thenComparingDouble(c -> -c.cosine());
        PriorityQueue<Close> kept = new PriorityQueue<>(far.reversed());
        for (int i = 0; i < size(); i++) {
            long h = hashes.get(i);
            for (int j = i + 1; j < size(); j++) {
                int bits = Long.bitCount(h ^ hashes.get(j));
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
