package app.affiche.heads;

import java.util.Random;

/**
 * The dual coordinate-descent solver liblinear uses for L2-regularised L2-loss SVMs (Hsieh et al. 2008,
 * liblinear's solve_l2r_l1l2_svc without shrinking), written over dense float rows: the same optimum, but a
 * 1280-wide row is one contiguous array instead of 1281 FeatureNode objects, which makes it several times faster
 * on embeddings. Bias is a constant feature of value 1, regularised like the others (as liblinear does).
 */
final class DenseSvm {
    private static final int MAX_ITER = 1000;

    private DenseSvm() {
    }

    /** Balanced class weights: each class gets C · n / (2 · its size), as for the genre heads. */
    static LinearScorer train(float[][] rows, int[] idx, boolean[] positive, double c, double eps, long seed) {
        return train(rows, idx, positive, c, eps, seed, true);
    }

    static LinearScorer train(float[][] rows, int[] idx, boolean[] positive, double c, double eps, long seed,
                              boolean balanced) {
        int n = idx.length;
        int d = rows[idx[0]].length;
        int pos = 0;
        for (int i : idx) if (positive[i]) pos++;
        double cp = balanced ? c * n / (2.0 * Math.max(pos, 1)) : c;
        double cn = balanced ? c * n / (2.0 * Math.max(n - pos, 1)) : c;
        double[] w = new double[d + 1];
        double[] alpha = new double[n];
        double[] diag = new double[n];
        double[] qd = new double[n];
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            boolean yp = positive[idx[k]];
            diag[k] = 0.5 / (yp ? cp : cn);
            double sq = 1;
            for (float v : rows[idx[k]]) sq += (double) v * v;
            qd[k] = diag[k] + sq;
            order[k] = k;
        }
        Random r = new Random(seed);
        for (int iter = 0; iter < MAX_ITER; iter++) {
            for (int k = 0; k < n; k++) {
                int j = k + r.nextInt(n - k);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            double pgMax = Double.NEGATIVE_INFINITY, pgMin = Double.POSITIVE_INFINITY;
            for (int s = 0; s < n; s++) {
                int k = order[s];
                float[] x = rows[idx[k]];
                double y = positive[idx[k]] ? 1 : -1;
                double g = y * (dot(w, x) + w[d]) - 1 + alpha[k] * diag[k];
                double pg = alpha[k] == 0 ? Math.min(g, 0) : g;
                pgMax = Math.max(pgMax, pg);
                pgMin = Math.min(pgMin, pg);
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[k];
                    alpha[k] = Math.max(old - g / qd[k], 0);
                    double step = (alpha[k] - old) * y;
                    for (int f = 0; f < x.length; f++) w[f] += step * x[f];
                    w[d] += step;
                }
            }
            if (pgMax - pgMin <= eps) break;
        }
        double[] wd = new double[d];
        System.arraycopy(w, 0, wd, 0, d);
        return new LinearScorer(wd, w[d]);
    }

    private static double dot(double[] w, float[] x) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int f = 0;
        for (; f + 3 < x.length; f += 4) {
            s0 += w[f] * x[f];
            s1 += w[f + 1] * x[f + 1];
            s2 += w[f + 2] * x[f + 2];
            s3 += w[f + 3] * x[f + 3];
        }
        for (; f < x.length; f++) s0 += w[f] * x[f];
        return s0 + s1 + s2 + s3;
    }
}
