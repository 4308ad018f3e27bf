package app.affiche.heads;

import app.affiche.poster.Decade;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Which decade a poster evokes: one-vs-rest logistic regression, probabilities normalised to sum to 1. */
public record DecadeHead(List<Decade> decades, List<LinearScorer> scorers, HeadsConfig.DecadeEstimate estimate) {
    public DecadeHead {
        decades = List.copyOf(decades);
        scorers = List.copyOf(scorers);
    }

    public double[] probabilities(double[] features) {
        double[] p = new double[decades.size()];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = 1 / (1 + Math.exp(-scorers.get(k).score(features)));
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) p[k] = sum == 0 ? 1.0 / p.length : p[k] / sum;
        return p;
    }

    public SortedMap<Decade, Double> asMap(double[] p) {
        SortedMap<Decade, Double> m = new TreeMap<>();
        for (int k = 0; k < p.length; k++) m.put(decades.get(k), p[k]);
        return m;
    }

    /** The single decade estimate: the most probable one, or the one whose ±1 neighbourhood is most probable. */
    public Decade best(double[] p) {
        int best = 0;
        double bestScore = -1;
        for (int k = 0; k < p.length; k++) {
            double s = estimate == HeadsConfig.DecadeEstimate.WINDOW ? window(p, k) + 1e-6 * p[k] : p[k];
            if (s > bestScore) {
                bestScore = s;
                best = k;
            }
        }
        return decades.get(best);
    }

    private double window(double[] p, int k) {
        double s = 0;
        int start = decades.get(k).start();
        for (int j = 0; j < p.length; j++) if (Math.abs(decades.get(j).start() - start) <= 10) s += p[j];
        return s;
    }
}
