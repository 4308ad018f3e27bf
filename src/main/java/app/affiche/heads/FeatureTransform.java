package app.affiche.heads;

import app.affiche.poster.Decade;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Embedding → SVM features: optional L2 normalisation, standardisation with training statistics, optional
 * random Fourier features (regenerated from their seed, so only the seed is stored), then an optional decade block.
 */
public final class FeatureTransform {
    private final int dimension;
    private final boolean l2;
    private final float[] mean;
    private final float[] scale;
    private final RandomFourier rff;
    private final List<Decade> decades;
    private final double decadeScale;

    FeatureTransform(int dimension, boolean l2, float[] mean, float[] scale, RandomFourier rff,
                     List<Decade> decades, double decadeScale) {
        this.dimension = dimension;
        this.l2 = l2;
        this.mean = mean;
        this.scale = scale;
        this.rff = rff;
        this.decades = List.copyOf(decades);
        this.decadeScale = decadeScale;
    }

    /** Fits mean/std on the training embeddings. {@code decades} empty = no decade block. */
    static FeatureTransform fit(float[][] x, HeadsConfig cfg, List<Decade> decades) {
        int d = x[0].length;
        float[] mean = new float[d];
        float[] scale = new float[d];
        java.util.Arrays.fill(scale, 1f);
        if (cfg.standardise()) {
            double[] sum = new double[d];
            double[] sq = new double[d];
            for (float[] row : x) {
                float[] r = cfg.l2Normalise() ? normalised(row) : row;
                for (int j = 0; j < d; j++) {
                    sum[j] += r[j];
                    sq[j] += (double) r[j] * r[j];
                }
            }
            for (int j = 0; j < d; j++) {
                double m = sum[j] / x.length;
                double var = Math.max(sq[j] / x.length - m * m, 0);
                mean[j] = (float) m;
                scale[j] = (float) (var > 1e-12 ? 1 / Math.sqrt(var) : 1);
            }
        }
        RandomFourier rff = cfg.kernel() == HeadsConfig.Kernel.RFF
                ? new RandomFourier(d, cfg.rffDimensions(), cfg.rffGamma() / d, cfg.seed()) : null;
        return new FeatureTransform(d, cfg.l2Normalise(), mean, scale, rff, decades, cfg.decadeFeatureScale());
    }

    public int inputDimension() {
        return dimension;
    }

    public int outputDimension() {
        return (rff == null ? dimension : rff.dimensions()) + decades.size();
    }

    public List<Decade> decades() {
        return decades;
    }

    /** Features for one embedding; {@code decadeWeights} (aligned with {@link #decades()}) may be null. */
    public double[] apply(float[] embedding, double[] decadeWeights) {
        if (embedding.length != dimension)
            throw new IllegalArgumentException("embedding has " + embedding.length + " dimensions, heads expect " + dimension);
        float[] e = l2 ? normalised(embedding) : embedding;
        double[] z = new double[dimension];
        for (int j = 0; j < dimension; j++) z[j] = (e[j] - mean[j]) * scale[j];
        double[] base = rff == null ? z : rff.map(z);
        if (decades.isEmpty()) return base;
        double[] out = java.util.Arrays.copyOf(base, base.length + decades.size());
        if (decadeWeights != null)
            for (int k = 0; k < decades.size(); k++) out[base.length + k] = decadeWeights[k] * decadeScale;
        return out;
    }

    /** One-hot weights for a known decade (all zero when that decade was not seen in training). */
    public double[] oneHot(Decade decade) {
        double[] w = new double[decades.size()];
        int i = decades.indexOf(decade);
        if (i >= 0) w[i] = 1;
        return w;
    }

    static float[] normalised(float[] v) {
        double n = 0;
        for (float f : v) n += (double) f * f;
        n = Math.sqrt(n);
        if (n == 0) return v;
        float[] r = new float[v.length];
        for (int i = 0; i < v.length; i++) r[i] = (float) (v[i] / n);
        return r;
    }

    boolean l2() { return l2; }
    float[] mean() { return mean; }
    float[] scale() { return scale; }
    RandomFourier rff() { return rff; }
    double decadeScale() { return decadeScale; }

    /** z = sqrt(2/D) cos(Wx + b), W ~ N(0, 2γ), b ~ U(0, 2π): approximates exp(-γ‖x−y‖²). */
    record RandomFourier(int inputs, int dimensions, double gamma, long seed, float[] w, float[] b) {
        RandomFourier(int inputs, int dimensions, double gamma, long seed) {
            this(inputs, dimensions, gamma, seed, new float[inputs * dimensions], new float[dimensions]);
            SplittableRandom r = new SplittableRandom(seed);
            double sd = Math.sqrt(2 * gamma);
            for (int i = 0; i < w.length; i++) w[i] = (float) (gaussian(r) * sd);
            for (int i = 0; i < dimensions; i++) b[i] = (float) (r.nextDouble() * 2 * Math.PI);
        }

        private static double gaussian(SplittableRandom r) {
            double u = 1 - r.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
        }

        double[] map(double[] x) {
            double[] out = new double[dimensions];
            double norm = Math.sqrt(2.0 / dimensions);
            for (int k = 0; k < dimensions; k++) {
                double s = b[k];
                int off = k * inputs;
                for (int j = 0; j < inputs; j++) s += w[off + j] * x[j];
                out[k] = norm * Math.cos(s);
            }
            return out;
        }
    }
}
