package app.affiche.heads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Percentile bootstrap intervals for the F1 scores: the test posters are resampled with replacement and scored
 * again, so a report says how far a score could move on another sample of the same kind of posters (differences
 * between two configurations smaller than that are noise). Deterministic for a seed.
 */
public final class Bootstrap {
    /** A central interval of a score's bootstrap distribution. */
    public record Interval(double low, double high) {
        public boolean contains(double v) {
            return v >= low - 1e-12 && v <= high + 1e-12;
        }
    }

    private Bootstrap() {
    }

    /** 95 % intervals of micro-, macro- and weighted-F1 (keys as in the JSON report); empty for no posters. */
    public static Map<String, Interval> f1Intervals(List<String> genres, List<Set<String>> truth,
                                                    List<Set<String>> predicted, int rounds, long seed) {
        if (truth.isEmpty() || rounds <= 0) return Map.of();
        double[][] scores = new double[3][rounds];
        Random random = new Random(seed);
        int n = truth.size();
        for (int r = 0; r < rounds; r++) {
            List<Set<String>> t = new ArrayList<>(n), p = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                t.add(truth.get(k));
                p.add(predicted.get(k));
            }
            Metrics.Summary s = Metrics.summarise(genres, t, p);
            scores[0][r] = s.microF1();
            scores[1][r] = s.macroF1();
            scores[2][r] = s.weightedF1();
        }
        Map<String, Interval> out = new LinkedHashMap<>();
        String[] keys = {"micro_f1", "macro_f1", "weighted_f1"};
        for (int k = 0; k < keys.length; k++) out.put(keys[k], central(scores[k], 0.95));
        return out;
    }

    private static Interval central(double[] values, double mass) {
        double[] v = values.clone();
        Arrays.sort(v);
        double tail = (1 - mass) / 2;
        int lo = (int) Math.floor(tail * (v.length - 1)), hi = (int) Math.ceil((1 - tail) * (v.length - 1));
        return new Interval(v[lo], v[hi]);
    }
}
