package app.affiche.heads;

/**
 * Platt scaling P(y=1|s) = 1 / (1 + exp(A s + B)), fitted by Newton's method with the regularised targets of
 * Lin, Lin and Weng (2007), "A note on Platt's probabilistic outputs for support vector machines".
 */
public record Platt(double a, double b) {

    public double probability(double score) {
        double f = a * score + b;
        return f >= 0 ? Math.exp(-f) / (1 + Math.exp(-f)) : 1 / (1 + Math.exp(f));
    }

    public static Platt fit(double[] scores, boolean[] positive) {
        int n = scores.length;
        int prior1 = 0;
        for (boolean p : positive) if (p) prior1++;
        int prior0 = n - prior1;
        double hi = (prior1 + 1.0) / (prior1 + 2.0);
        double lo = 1.0 / (prior0 + 2.0);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = positive[i] ? hi : lo;
        double a = 0;
        double b = Math.log((prior0 + 1.0) / (prior1 + 1.0));
        double fval = objective(scores, t, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (int i = 0; i < n; i++) {
                double f = scores[i] * a + b;
                double p, q;
                if (f >= 0) {
                    p = Math.exp(-f) / (1 + Math.exp(-f));
                    q = 1 / (1 + Math.exp(-f));
                } else {
                    p = 1 / (1 + Math.exp(f));
                    q = Math.exp(f) / (1 + Math.exp(f));
                }
                double d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                double d1 = t[i] - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) break;
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * da + g2 * db;
            double step = 1;
            boolean moved = false;
            while (step >= 1e-10) {
                double na = a + step * da, nb = b + step * db;
                double nf = objective(scores, t, na, nb);
                if (nf < fval + 1e-4 * step * gd) {
                    a = na;
                    b = nb;
                    fval = nf;
                    moved = true;
                    break;
                }
                step /= 2;
            }
            if (!moved) break;
        }
        return new Platt(a, b);
    }

    private static double objective(double[] s, double[] t, double a, double b) {
        double f = 0;
        for (int i = 0; i < s.length; i++) {
            double v = s[i] * a + b;
            f += v >= 0 ? t[i] * v + Math.log1p(Math.exp(-v)) : (t[i] - 1) * v + Math.log1p(Math.exp(v));
        }
        return f;
    }
}
