package app.affiche.similar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups posters whose pairs satisfy a {@link DuplicateRule}, joining chains (a~b, b~c: one group) by union-find.
 * Candidate pairs come from comparing every pair of 64-bit hashes (one XOR and popcount each: 7,122 posters take
 * about 25 M comparisons, ~30 ms; 100,000 take 5·10⁹, seconds, still far below decoding them); only pairs within
 * {@code looseBits} have their embeddings compared.
 */
public final class DuplicateGroups {
    private DuplicateGroups() {
    }

    /** The embeddings' cosine similarity of two posters by position, NaN when either has none. */
    @FunctionalInterface
    public interface PairCosine {
        double of(int a, int b);
    }

    /** One candidate pair within the rule, by position in the input arrays. */
    public record Pair(int a, int b, int bits, double cosine) {
    }

    /**
     * @param hashes perceptual hash per poster
     * @param cosine asked only for pairs between the rule's sure and loose bits
     * @return pairs that the rule calls copies
     */
    public static List<Pair> pairs(long[] hashes, DuplicateRule rule, PairCosine cosine) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < hashes.length; i++) {
            long h = hashes[i];
            for (int j = i + 1; j < hashes.length; j++) {
                int bits = Long.bitCount(h ^ hashes[j]);
                if (bits > rule.looseBits()) continue;
                double cos = bits <= rule.sureBits() ? Double.NaN : cosine.of(i, j);
                if (rule.copies(bits, cos)) out.add(new Pair(i, j, bits, cos));
            }
        }
        return out;
    }

    /** Groups of at least two positions joined by the pairs, each in ascending order, groups by first position. */
    public static List<List<Integer>> groups(int size, List<Pair> pairs) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
        for (Pair p : pairs) {
            int ra = root(parent, p.a()), rb = root(parent, p.b());
            if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        return byRoot.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]]; // path halving keeps chains short
            i = parent[i];
        }
        return i;
    }

    /** Cosine similarity of two vectors of equal length; NaN when either is missing or zero. */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) return Double.NaN;
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? Double.NaN : dot / Math.sqrt(na * nb);
    }
}
