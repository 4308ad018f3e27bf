package app.affiche.heads;

import java.util.Arrays;

/**
 * Chooses per-genre probability thresholds on out-of-fold probabilities. Every objective starts from each
 * genre's own F1 optimum; MICRO and BALANCED then improve the joint objective by coordinate ascent.
 */
final class ThresholdChooser {
    private static final double[] GRID = grid();

    private ThresholdChooser() {
    }

    private static double[] grid() {
        double[] g = new double[99];
        for (int i = 0; i < g.length; i++) g[i] = (i + 1) / 100.0;
        return g;
    }

    /** probs[g][i] and truth[g][i] for genre g, sample i. Returns one threshold per genre. */
    static double[] choose(double[][] probs, boolean[][] truth, ThresholdObjective objective) {
        int k = probs.length;
        double[] t = new double[k];
        int[][] counts = new int[k][];
        for (int g = 0; g < k; g++) {
            double best = -1;
            for (double c : GRID) {
                int[] tfn = count(probs[g], truth[g], c);
                double f = Metrics.f1(tfn[0], tfn[1], tfn[2]);
                if (f > best + 1e-12) {
                    best = f;
                    t[g] = c;
                }
            }
            counts[g] = count(probs[g], truth[g], t[g]);
        }
        if (objective == ThresholdObjective.GENRE_F1) return t;
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (int g = 0; g < k; g++) {
                double bestScore = joint(counts, objective);
                int[] keep = counts[g];
                double bestT = t[g];
                for (double c : GRID) {
                    counts[g] = count(probs[g], truth[g], c);
                    double s = joint(counts, objective);
                    if (s > bestScore + 1e-9) {
                        bestScore = s;
                        bestT = c;
                    }
                }
                counts[g] = count(probs[g], truth[g], bestT);
                if (bestT != t[g]) changed = true;
                t[g] = bestT;
                if (counts[g] == null) counts[g] = keep;
            }
            if (!changed) break;
        }
        return t;
    }

    private static double joint(int[][] counts, ThresholdObjective objective) {
        long tp = 0, fp = 0, fn = 0;
        double macro = 0;
        for (int[] c : counts) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
            macro += Metrics.f1(c[0], c[1], c[2]);
        }
        double micro = Metrics.f1(tp, fp, fn);
        return objective == ThresholdObjective.MICRO ? micro : (micro + macro / counts.length) / 2;
    }

    static int[] count(double[] p, boolean[] truth, double threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean pred = p[i] >= threshold;
            if (pred && truth[i]) tp++;
            else if (pred) fp++;
            else if (truth[i]) fn++;
        }
        return new int[]{tp, fp, fn};
    }

    static double[] copy(double[] t) {
        return Arrays.copyOf(t, t.length);
    }
}
