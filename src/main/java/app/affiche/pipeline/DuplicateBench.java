package app.affiche.pipeline;

import app.affiche.imaging.DecodeException;
import app.affiche.imaging.PerceptualHash;
import app.affiche.imaging.PosterDecoder;
import app.affiche.similar.DuplicateGroups;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Measures duplicate rules on copies made from real posters: each original gets one file of every
 * {@link DuplicateVariants} kind; every pair of files is then a true pair (same original) or a distinct one, and
 * each rule is scored by recall per kind, overall recall over all true pairs, and the distinct pairs it joins.
 */
public final class DuplicateBench {
    /** A file of the bench: its original's number, its kind (null: the original), hashes, embedding (or null). */
    public record Item(int family, DuplicateVariants kind, Path file, long phash, long dhash, float[] embedding) {
    }

    /** A rule on one pair's pHash bits, dHash bits and embedding cosine (NaN without embeddings). */
    @FunctionalInterface
    public interface PairRule {
        boolean copies(int phashBits, int dhashBits, double cosine);
    }

    /** @param recallByKind by {@link DuplicateVariants} ordinal: original to that kind of copy */
    public record Score(String rule, double[] recallByKind, double recall, long falsePairs, double precision) {
        public double f1() {
            return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        }
    }

    private final PosterDecoder decoder = new PosterDecoder();

    /** Decodes each original as an import does, writes its variants into {@code dir} and hashes everything. */
    public List<Item> make(List<Path> originals, Path dir, long seed, Consumer<String> progress) throws IOException {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>();
        for (int f = 0; f < originals.size(); f++) {
            Path original = originals.get(f);
            try {
                var image = decoder.read(original);
                items.add(item(f, null, original));
                for (DuplicateVariants kind : DuplicateVariants.values()) {
                    Path file = dir.resolve(f + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".jpg");
                    kind.write(image, file, random);
                    items.add(item(f, kind, file));
                }
            } catch (DecodeException e) {
                progress.accept(original + ": " + e.getMessage() + " (left out)");
            }
            if ((f + 1) % 50 == 0) progress.accept("made and hashed copies of " + (f + 1) + "/" + originals.size() + " posters");
        }
        return items;
    }

    private Item item(int family, DuplicateVariants kind, Path file) throws DecodeException {
        var image = decoder.read(file, PosterPreparer.DECODE_MIN_SIDE); // the pixels an import hashes
        return new Item(family, kind, file, PerceptualHash.dct(image), PerceptualHash.difference(image), null);
    }

    /** The items with their embeddings (those missing one keep null). */
    public static List<Item> withEmbeddings(List<Item> items, Map<Path, float[]> embeddings) {
        return items.stream().map(i -> new Item(i.family(), i.kind(), i.file(), i.phash(), i.dhash(),
                embeddings.get(i.file()))).toList();
    }

    /** Every pair's figures, computed once: pHash bits, dHash bits, cosine. */
    public static final class Pairs {
        final List<Item> items;
        final byte[] phash;
        final byte[] dhash;
        final float[] cosine;

        public Pairs(List<Item> items) {
            this.items = items;
            int n = items.size();
            int count = n * (n - 1) / 2;
            phash = new byte[count];
            dhash = new byte[count];
            cosine = new float[count];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++, k++) {
                    Item a = items.get(i), b = items.get(j);
                    phash[k] = (byte) PerceptualHash.hamming(a.phash(), b.phash());
                    dhash[k] = (byte) PerceptualHash.hamming(a.dhash(), b.dhash());
                    cosine[k] = (float) DuplicateGroups.cosine(a.embedding(), b.embedding());
                }
            }
        }

        public Score score(String name, PairRule rule) {
            int kinds = DuplicateVariants.values().length;
            long[] hitByKind = new long[kinds], totalByKind = new long[kinds];
            long truePairs = 0, found = 0, falsePairs = 0;
            int n = items.size(), k = 0;
            for (int i = 0; i < n; i++) {
                Item a = items.get(i);
                for (int j = i + 1; j < n; j++, k++) {
                    Item b = items.get(j);
                    boolean same = a.family() == b.family();
                    boolean copies = rule.copies(phash[k], dhash[k], cosine[k]);
                    if (same) {
                        truePairs++;
                        if (copies) found++;
                        DuplicateVariants kind = a.kind() == null ? b.kind() : b.kind() == null ? a.kind() : null;
                        if (kind != null) {
                            totalByKind[kind.ordinal()]++;
                            if (copies) hitByKind[kind.ordinal()]++;
                        }
                    } else if (copies) {
                        falsePairs++;
                    }
                }
            }
            double[] recall = new double[kinds];
            for (int v = 0; v < kinds; v++) recall[v] = totalByKind[v] == 0 ? 0 : (double) hitByKind[v] / totalByKind[v];
            return new Score(name, recall, truePairs == 0 ? 0 : (double) found / truePairs, falsePairs,
                    found + falsePairs == 0 ? 1 : (double) found / (found + falsePairs));
        }
    }
}
