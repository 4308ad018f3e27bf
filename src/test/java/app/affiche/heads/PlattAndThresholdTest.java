package app.affiche.heads;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class PlattAndThresholdTest {

    @Test
    void calibrationIsMonotoneAndInRange() {
        Random r = new Random(1);
        int n = 500;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < 0.3;
            s[i] = (y[i] ? 1 : -1) + r.nextGaussian();
        }
        Platt p = Platt.fit(s, y);
        double last = -1;
        for (double x = -50; x <= 50; x += 0.25) {
            double q = p.probability(x);
            assertTrue(q >= 0 && q <= 1, "probability " + q);
            assertTrue(q >= last, "not monotone at " + x);
            last = q;
        }
        assertTrue(p.probability(3) > 0.9 && p.probability(-3) < 0.05);
        // calibrated: mean probability close to the base rate
        double mean = 0;
        int pos = 0;
        for (int i = 0; i < n; i++) {
            mean += p.probability(s[i]) / n;
            if (y[i]) pos++;
        }
        assertEquals(pos / (double) n, mean, 0.02);
    }

    @Test
    void thresholdMaximisesF1() {
        // positives at 0.55..0.95, negatives at 0.05..0.50 plus one negative at 0.9: the best cut lies in (0.494, 0.55]
        int n = 100;
        double[] p = new double[n];
        boolean[] t = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = i < 20;
            p[i] = t[i] ? 0.55 + 0.02 * i : 0.05 + 0.45 * (i - 20) / 79.0;
        }
        p[99] = 0.9;
        double th = ThresholdChooser.choose(new double[][]{p}, new boolean[][]{t}, ThresholdObjective.GENRE_F1)[0];
        assertTrue(th > 0.495 && th <= 0.55, "threshold " + th);
        int[] c = ThresholdChooser.count(p, t, th);
        assertArrayEquals(new int[]{20, 1, 0}, c);
    }

    @Test
    void microObjectiveRaisesTheThresholdOfANoisyRareGenre() {
        Random r = new Random(2);
        int n = 2000;
        double[][] p = new double[2][n];
        boolean[][] t = new boolean[2][n];
        for (int i = 0; i < n; i++) {
            t[0][i] = r.nextDouble() < 0.5;
            p[0][i] = Math.min(1, Math.max(0, (t[0][i] ? 0.7 : 0.3) + 0.15 * r.nextGaussian()));
            t[1][i] = r.nextDouble() < 0.02;
            p[1][i] = Math.min(1, Math.max(0, (t[1][i] ? 0.3 : 0.1) + 0.1 * r.nextGaussian()));
        }
        double own = ThresholdChooser.choose(p, t, ThresholdObjective.GENRE_F1)[1];
        double micro = ThresholdChooser.choose(p, t, ThresholdObjective.MICRO)[1];
        assertTrue(micro >= own, "micro " + micro + " vs own " + own);
    }
}
