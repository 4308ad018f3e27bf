package app.affiche.similar;

/**
 * When two posters count as copies of the same art rather than merely similar ones: their perceptual hashes differ
 * in at most {@code sureBits} bits, or in at most {@code looseBits} and their embeddings agree to at least
 * {@code minCosine} (a crop or rescan moves the hash more than it moves the embedding, while two different designs
 * for one film can share an embedding neighbourhood but not a hash). The figures behind {@link #DEFAULT} are
 * measured by {@code affiche bench duplicates} (README, Duplicates).
 */
public record DuplicateRule(int sureBits, int looseBits, double minCosine) {
    public static final DuplicateRule DEFAULT = new DuplicateRule(6, 16, 0.90);

    public DuplicateRule {
        if (sureBits < 0 || looseBits < sureBits || looseBits > 64) {
            throw new IllegalArgumentException("need 0 <= sureBits <= looseBits <= 64, got " + sureBits + ", " + looseBits);
        }
    }

    /** The rule on hashes alone (no embedding is used). */
    public static DuplicateRule hashOnly(int bits) {
        return new DuplicateRule(bits, bits, 2);
    }

    /** @param cosine the embeddings' cosine similarity, or NaN when either poster has no embedding */
    public boolean copies(int hammingBits, double cosine) {
        return hammingBits <= sureBits || hammingBits <= looseBits && cosine >= minCosine;
    }
}
