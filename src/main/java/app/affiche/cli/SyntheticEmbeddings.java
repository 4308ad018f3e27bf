package app.affiche.cli;

import java.util.SplittableRandom;

/**
 * Seeded synthetic embeddings that look like image features rather than noise: non-negative (after ReLU, as
 * MobileNetV2's are) and clustered around {@code size / 200} centres, so a poster's true neighbours are a few among
 * many look-alikes. (Uniform random vectors are nearly equidistant, a pathological case for any ANN index.) Vector
 * {@code i} is computed from its number alone, so the exact answer can be worked out again without keeping them.
 */
final class SyntheticEmbeddings {
    private static final double NOISE = 0.8;
    private final int dimension;
    private final int clusters;
    private final float[][] centres;

    SyntheticEmbeddings(int dimension, int size) {
        this.dimension = dimension;
        this.clusters = Math.max(1, size / 200);
        this.centres = new float[clusters][];
        for (int c = 0; c < clusters; c++) {
            SplittableRandom r = new SplittableRandom(31L * c + 7);
            centres[c] = new float[dimension];
            for (int d = 0; d < dimension; d++) centres[c][d] = (float) r.nextGaussian();
        }
    }

    int dimension() {
        return dimension;
    }

    /** Vector number i (any i ≥ 0; numbers past the catalogue's size serve as queries from the same spread). */
    float[] vector(long i) {
        SplittableRandom r = new SplittableRandom(0x9E3779B97F4A7C15L * (i + 1));
        float[] c = centres[r.nextInt(clusters)];
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) v[d] = (float) Math.max(0, c[d] + NOISE * r.nextGaussian());
        return v;
    }
}
