package app.affiche.heads;

import app.affiche.poster.Decade;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which decade a poster evokes: one linear scorer per decade (one-vs-rest), probabilities as a softmax of the
 * scores with a temperature fitted by maximum likelihood on the training posters.
 */
public record DecadeHead(List<Decade> decades, List<LinearScorer> scorers, double temperature,
                         HeadsConfig.DecadeEstimate estimate) {
    public DecadeHead {
        decades = List.copyOf(decades);
        scorers = List.copyOf(scorers);
    }

    public double[] probabilities(double[] features) {
        double[] s = new double[decades.size()];
        for (int k = 0; k < s.length; k++) s[k] = scorers.get(k).score(features);
        return softmax(s, temperature);
    }

    static double[] softmax(double[] scores, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : scores) max = Math.max(max, v);
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(t * (scores[k] - max));
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) p[k] /= sum;
        return p;
    }

    /** The temperature maximising the mean log-probability of the true class (golden-section search on [0.05, 50]). */
    static double fitTemperature(double[][] scores, int[] truth) {
        double lo = Math.log(0.05), hi = Math.log(50);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 40; it++) {
            double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
            if (logLikelihood(scores, truth, Math.exp(a)) > logLikelihood(scores, truth, Math.exp(b))) hi = b;
            else lo = a;
        }
        return Math.exp((lo + hi) / 2);
    }

    private static double logLikelihood(double[][] scores, int[] truth, double t) {
        double ll = 0;
        for (int i = 0; i < scores.length; i++) ll += Math.log(Math.max(softmax(scores[i], t)[truth[i]], 1e-300));
        return ll;
    }

    public SortedMap<Decade, Double> asMap(double[] p) {
        SortedMap<Decade, Double> m = new TreeMap<>();
        for (int k = 0; k < p.length; k++) m.put(decades.get(k), p[k]);
        return m;
    }

    /** The single decade estimate (see {@link HeadsConfig.DecadeEstimate}). */
    public Decade best(double[] p) {
        int best = 0;
        double bestScore = -1;
        for (int k = 0; k < p.length; k++) {
            double s = switch (estimate) {
                case ARGMAX -> p[k];
                case WINDOW -> window(p, k, 1.0) + 1e-6 * p[k];
                case NEIGHBOURS -> window(p, k, 0.5);
            };
            if (s > bestScore) {
                bestScore = s;
                best = k;
            }
        }
        return decades.get(best);
    }

    private double window(double[] p, int k, double neighbourWeight) {
        double s = p[k];
        int start = decades.get(k).start();
        for (int j = 0; j < p.length; j++)
            if (j != k && Math.abs(decades.get(j).start() - start) <= 10) s += neighbourWeight * p[j];
        return s;
    }
}
