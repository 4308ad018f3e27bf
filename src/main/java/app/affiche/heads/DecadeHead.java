package app.affiche.heads;

import app.affiche.poster.Decade;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which decade a poster evokes. Linear scorers see the poster: one per decade (one-vs-rest) and, in heads trained
 * since the ordinal view, one per boundary between decades ("after the 1940s?"), which ranks a neighbouring
 * decade closer than a distant one. A {@link DecadeCalibration} turns the scores into probabilities and the
 * {@link DecadePrior} in force weighs them. Heads from before calibration have one scorer per decade, an
 * identity layer with their temperature, and a flat prior.
 */
public record DecadeHead(List<Decade> decades, List<LinearScorer> scorers, DecadeCalibration calibration,
                         DecadePrior prior, HeadsConfig.DecadeEstimate estimate) {
    public DecadeHead {
        decades = List.copyOf(decades);
        scorers = List.copyOf(scorers);
    }

    public double[] probabilities(double[] features) {
        return DecadeCalibration.softmax(calibration.logits(scores(features)), prior.logs());
    }

    double[] scores(double[] features) {
        double[] s = new double[scorers.size()];
        for (int k = 0; k < s.length; k++) s[k] = scorers.get(k).score(features);
        return s;
    }

    /** The same head under another prior (the calibration layer is prior-free, so nothing else changes). */
    public DecadeHead withPrior(DecadePrior p) {
        if (p.probabilities().length != decades.size()) throw new IllegalArgumentException("prior has the wrong decades");
        return new DecadeHead(decades, scorers, calibration, p, estimate);
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
