package app.affiche.similar;

import java.util.Locale;

/**
 * The ways two posters can be compared; the {@link MetricBandit} learns which one designers find most useful.
 * Cosine and Euclidean rank differently because embeddings are not normalised (their length carries contrast
 * and detail); {@link #COSINE_PALETTE} blends embedding cosine with the cosine of the posters' palette signatures.
 */
public enum Metric {
    COSINE, EUCLIDEAN, MANHATTAN, COSINE_PALETTE;

    /** Weight of the palette cosine in {@link #COSINE_PALETTE}: the blend is (cosEmbedding + w * cosPalette) / (1 + w). */
    public static final double PALETTE_WEIGHT = 0.5;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** What a designer sees next to the similar posters. */
    public String label() {
        return switch (this) {
            case COSINE -> "cosine";
            case EUCLIDEAN -> "Euclidean";
            case MANHATTAN -> "L1";
            case COSINE_PALETTE -> "cosine + palette";
        };
    }
}
