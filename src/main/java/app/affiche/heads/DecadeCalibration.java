package app.affiche.heads;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns the decade head's raw scores (one-vs-rest and ordinal) into decade probabilities: a multinomial logistic
 * layer over the scores, fitted with every decade weighted alike (so it carries no decade prior of its own), then
 * one temperature fitted with the prior in force. Both are fitted on out-of-fold scores: in-sample SVM scores are
 * more confident than any new poster's, which is what showed "100 %" for wrong decades.
 *
 * @param weights     decade × (score … , bias)
 * @param temperature multiplies the logits before the log-prior is added
 */
public record DecadeCalibration(double[][] weights, double temperature) {
    private static final int ITERATIONS = 300;
    /** Gradient chunks computed in parallel and summed in order, so the fit stays deterministic. */
    private static final int CHUNKS = 4;
    private static final double STEP = 0.05;
    /** Pull towards the identity (each decade's own score), so rare decades are not fitted to noise. */
    private static final double RIDGE = 1e-3;

    /** Logits before the prior: the layer applied to the scores, times the temperature. */
    double[] logits(double[] scores) {
        int k = weights.length, s = scores.length;
        double[] z = new double[k];
        for (int c = 0; c < k; c++) {
            double v = weights[c][s];
            for (int j = 0; j < s; j++) v += weights[c][j] * scores[j];
            z[c] = temperature * v;
        }
        return z;
    }

    /** What older heads did: a softmax of the one-vs-rest scores at a temperature. */
    static DecadeCalibration identity(int decades, int scores, double temperature) {
        double[][] w = new double[decades][scores + 1];
        for (int c = 0; c < decades; c++) w[c][c] = 1;
        return new DecadeCalibration(w, temperature);
    }

    /**
     * Fits the layer (class-balanced cross-entropy, Adam) and then the temperature (maximum likelihood with
     * {@code logPrior} added) on out-of-fold scores.
     */
    static DecadeCalibration fit(double[][] scores, int[] truth, int decades, double[] logPrior) {
        int n = scores.length, s = scores[0].length;
        double[] count = new double[decades];
        for (int t : truth) count[t]++;
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) weight[i] = n / (decades * Math.max(1, count[truth[i]]));
        double total = java.util.Arrays.stream(weight).sum();
        DecadeCalibration cal = identity(decades, s, 1);
        double[][] w = cal.weights(), m = new double[decades][s + 1], v = new double[decades][s + 1];
        for (int it = 1; it <= ITERATIONS; it++) {
            DecadeCalibration at = cal;
            List<double[][]> parts = IntStream.range(0, CHUNKS).parallel()
                    .mapToObj(c -> at.gradient(scores, truth, weight, total, c * n / CHUNKS, (c + 1) * n / CHUNKS))
                    .toList();
            double[][] g = parts.getFirst();
            for (double[][] part : parts.subList(1, CHUNKS))
                for (int c = 0; c < decades; c++) for (int j = 0; j <= s; j++) g[c][j] += part[c][j];
            double c1 = 1 - Math.pow(0.9, it), c2 = 1 - Math.pow(0.999, it);
            for (int c = 0; c < decades; c++)
                for (int j = 0; j <= s; j++) {
                    double gr = g[c][j] + (j < s ? RIDGE * (w[c][j] - (c == j ? 1 : 0)) : 0);
                    m[c][j] = 0.9 * m[c][j] + 0.1 * gr;
                    v[c][j] = 0.999 * v[c][j] + 0.001 * gr * gr;
                    w[c][j] -= STEP * (m[c][j] / c1) / (Math.sqrt(v[c][j] / c2) + 1e-8);
                }
        }
        return new DecadeCalibration(w, fitTemperature(cal, scores, truth, logPrior));
    }

    /** The cross-entropy gradient over samples [from, to). */
    private double[][] gradient(double[][] scores, int[] truth, double[] weight, double total, int from, int to) {
        int decades = weights.length, s = scores[0].length;
        double[][] g = new double[decades][s + 1];
        for (int i = from; i < to; i++) {
            double[] p = softmax(logits(scores[i]), null);
            for (int c = 0; c < decades; c++) {
                double d = weight[i] * (p[c] - (c == truth[i] ? 1 : 0)) / total;
                double[] gc = g[c];
                for (int j = 0; j < s; j++) gc[j] += d * scores[i][j];
                gc[s] += d;
            }
        }
        return g;
    }

    /** The temperature maximising the mean log-probability of the true decade (golden-section on [0.05, 50]). */
    static double fitTemperature(DecadeCalibration layer, double[][] scores, int[] truth, double[] logPrior) {
        double lo = Math.log(0.05), hi = Math.log(50), g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 40; it++) {
            double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
            if (logLikelihood(layer, scores, truth, logPrior, Math.exp(a))
                    > logLikelihood(layer, scores, truth, logPrior, Math.exp(b))) hi = b;
            else lo = a;
        }
        return Math.exp((lo + hi) / 2);
    }

    private static double logLikelihood(DecadeCalibration layer, double[][] scores, int[] truth, double[] logPrior, double t) {
        DecadeCalibration at = new DecadeCalibration(layer.weights(), t);
        double ll = 0;
        for (int i = 0; i < scores.length; i++)
            ll += Math.log(Math.max(softmax(at.logits(scores[i]), logPrior)[truth[i]], 1e-300));
        return ll;
    }

    /** softmax(z + logPrior); logPrior may be null. */
    static double[] softmax(double[] z, double[] logPrior) {
        double max = Double.NEGATIVE_INFINITY;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) max = Math.max(max, p[k] = z[k] + (logPrior == null ? 0 : logPrior[k]));
        double sum = 0;
        for (int k = 0; k < p.length; k++) sum += p[k] = Math.exp(p[k] - max);
        for (int k = 0; k < p.length; k++) p[k] /= sum;
        return p;
    }
}
