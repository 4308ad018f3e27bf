package app.affiche.heads;

/**
 * Ridge regression, min Σ(y − w·x − b)² + λ‖w‖², solved by conjugate gradient on the normal equations over the
 * centred rows (never forming the d×d matrix: on 2,000-d embeddings that alone would cost n·d² operations).
 * λ is chosen from a grid by inner cross-validated MAE.
 */
final class Ridge {
    /** λ / n tried; standardised features, so the scale is comparable from one catalogue to the next. */
    private static final double[] LAMBDA_PER_SAMPLE = {0.3, 3, 30, 300};
    private static final int MAX_ITER = 200;
    private static final double TOLERANCE = 1e-4;

    private Ridge() {
    }

    /** The ridge fit with λ chosen by {@code folds}-fold MAE on these rows. */
    static LinearScorer fit(float[][] x, int[] idx, double[] y, int folds, long seed) {
        int[] fold = HeadsTrainer.folds(idx.length, folds, seed);
        double bestMae = Double.POSITIVE_INFINITY;
        double bestLambda = LAMBDA_PER_SAMPLE[0];
        for (double perSample : LAMBDA_PER_SAMPLE) {
            double err = 0;
            for (int f = 0; f < folds; f++) {
                int ff = f;
                int[] train = java.util.stream.IntStream.range(0, idx.length).filter(i -> fold[i] != ff).map(i -> idx[i]).toArray();
                LinearScorer s = solve(x, train, y, perSample * train.length);
                for (int i = 0; i < idx.length; i++) if (fold[i] == f) err += Math.abs(s.score(x[idx[i]]) - y[idx[i]]);
            }
            if (err < bestMae) {
                bestMae = err;
                bestLambda = perSample;
            }
        }
        return solve(x, idx, y, bestLambda * idx.length);
    }

    static LinearScorer solve(float[][] x, int[] idx, double[] y, double lambda) {
        int n = idx.length, d = x[idx[0]].length;
        double[] mu = new double[d];
        double ym = 0;
        for (int i : idx) {
            for (int j = 0; j < d; j++) mu[j] += x[i][j];
            ym += y[i];
        }
        for (int j = 0; j < d; j++) mu[j] /= n;
        ym /= n;
        double[] u = new double[n];
        for (int k = 0; k < n; k++) u[k] = y[idx[k]] - ym;
        double[] rhs = times(x, idx, mu, u); // Xcᵀ (y − ȳ)
        double[] w = new double[d];
        double[] r = rhs.clone();
        double[] p = r.clone();
        double rr = dot(r, r);
        double stop = TOLERANCE * TOLERANCE * Math.max(rr, 1e-300);
        for (int it = 0; it < MAX_ITER && rr > stop; it++) {
            double[] ap = normal(x, idx, mu, p, lambda);
            double alpha = rr / dot(p, ap);
            for (int j = 0; j < d; j++) {
                w[j] += alpha * p[j];
                r[j] -= alpha * ap[j];
            }
            double next = dot(r, r);
            double beta = next / rr;
            rr = next;
            for (int j = 0; j < d; j++) p[j] = r[j] + beta * p[j];
        }
        return new LinearScorer(w, ym - dot(mu, w));
    }

    /** (XcᵀXc + λI) v. */
    private static double[] normal(float[][] x, int[] idx, double[] mu, double[] v, double lambda) {
        double shift = dot(mu, v);
        double[] u = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            float[] row = x[idx[k]];
            double s = 0;
            for (int j = 0; j < row.length; j++) s += row[j] * v[j];
            u[k] = s - shift;
        }
        double[] out = times(x, idx, mu, u);
        for (int j = 0; j < v.length; j++) out[j] += lambda * v[j];
        return out;
    }

    /** Xcᵀ u = Xᵀu − μ Σu. */
    private static double[] times(float[][] x, int[] idx, double[] mu, double[] u) {
        double[] out = new double[mu.length];
        double sum = 0;
        for (int k = 0; k < idx.length; k++) {
            float[] row = x[idx[k]];
            double uk = u[k];
            sum += uk;
            for (int j = 0; j < row.length; j++) out[j] += uk * row[j];
        }
        for (int j = 0; j < out.length; j++) out[j] -= mu[j] * sum;
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
