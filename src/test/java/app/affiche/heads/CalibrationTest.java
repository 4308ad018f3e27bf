package app.affiche.heads;

import app.affiche.poster.Decade;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Expected calibration error, the decade prior, and the class-balanced decade calibration, on constructed cases. */
class CalibrationTest {
    @Test
    void eceWeighsEachBinsGapByItsShare() {
        double[] conf = new double[20];
        boolean[] hit = new boolean[20];
        for (int i = 0; i < 10; i++) { // bin 0.9: 9 of 10 right at 0.9 -> no gap
            conf[i] = 0.9;
            hit[i] = i < 9;
        }
        for (int i = 10; i < 20; i++) { // bin 0.7: half right at 0.75 -> gap 0.25 on half the samples
            conf[i] = 0.75;
            hit[i] = i < 15;
        }
        assertEquals(0.125, Calibration.ece(conf, hit), 1e-12);
        assertEquals(1.0, Calibration.ece(new double[]{1.0}, new boolean[]{false}), 1e-12, "1.0 lands in the top bin");
        assertEquals(0, Calibration.ece(new double[0], new boolean[0]));
        assertThrows(IllegalArgumentException.class, () -> Calibration.ece(new double[1], new boolean[2]));
    }

    @Test
    void priorIsUniformUntilTheCuratorHasConfirmedYearsThenFollowsThem() {
        List<Decade> d = List.of(new Decade(1930), new Decade(1950), new Decade(1990), new Decade(2010));
        DecadePrior few = DecadePrior.fromCurated(d, Map.of(new Decade(1930), 5));
        assertArrayEquals(new double[]{0.25, 0.25, 0.25, 0.25}, few.probabilities(), 1e-12);
        assertTrue(few.source().startsWith("uniform"), few.source());
        DecadePrior vintage = DecadePrior.fromCurated(d, Map.of(new Decade(1930), 60, new Decade(1950), 20));
        double[] p = vintage.probabilities();
        assertEquals(1, p[0] + p[1] + p[2] + p[3], 1e-12);
        assertEquals((60 + 5) / 100.0, p[0], 1e-12); // 20 pseudo-counts spread evenly
        assertEquals(5 / 100.0, p[3], 1e-12);
        assertTrue(vintage.source().contains("80 curator-confirmed years, 100 % before 1980"), vintage.source());
    }

    @Test
    void balancedCalibrationDoesNotLearnTheTrainingSetsDecadeMix() {
        // two decades whose scores overlap alike; nine posters in ten are modern
        Random r = new Random(5);
        int n = 2000;
        double[][] s = new double[n][];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 10 == 0 ? 0 : 1;
            double signal = truth[i] == 0 ? 1 : -1;
            s[i] = new double[]{signal + r.nextGaussian(), -signal + r.nextGaussian()};
        }
        DecadeCalibration cal = DecadeCalibration.fit(s, truth, 2, new double[2]);
        double[] midway = DecadeCalibration.softmax(cal.logits(new double[]{0, 0}), null);
        // unweighted, the layer would say about 0.1 here: the training set's share of the rare decade
        assertEquals(0.5, midway[0], 0.1, "a poster between the two is near even odds under a flat prior");
        double[] tilted = DecadeCalibration.softmax(cal.logits(new double[]{0, 0}),
                new double[]{Math.log(0.9), Math.log(0.1)});
        assertTrue(tilted[0] > 0.85, "the prior, not the training mix, decides: " + tilted[0]);
    }
}
