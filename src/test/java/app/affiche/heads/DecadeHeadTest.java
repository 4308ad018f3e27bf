package app.affiche.heads;

import app.affiche.poster.Decade;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DecadeHeadTest {
    private static DecadeHead head(HeadsConfig.DecadeEstimate e) {
        List<Decade> d = List.of(new Decade(1950), new Decade(1960), new Decade(1970), new Decade(1990));
        List<LinearScorer> s = d.stream().map(x -> new LinearScorer(new double[1], 0)).toList();
        return new DecadeHead(d, s, DecadeCalibration.identity(4, 4, 1.0), DecadePrior.uniform(4, "test"), e);
    }

    @Test
    void estimatesTradeExactForNeighbourhood() {
        double[] p = {0.32, 0.24, 0.29, 0.15};
        assertEquals(new Decade(1950), head(HeadsConfig.DecadeEstimate.ARGMAX).best(p));
        assertEquals(new Decade(1960), head(HeadsConfig.DecadeEstimate.WINDOW).best(p));      // 0.32+0.24+0.29
        assertEquals(new Decade(1960), head(HeadsConfig.DecadeEstimate.NEIGHBOURS).best(p));  // 0.24+0.305 > 0.32+0.12
        double[] q = {0.50, 0.20, 0.15, 0.15};
        assertEquals(new Decade(1950), head(HeadsConfig.DecadeEstimate.NEIGHBOURS).best(q));
    }

    @Test
    void softmaxTemperatureFitSharpensSeparableScores() {
        double[][] scores = {{2, -1}, {-1, 2}, {1.5, -0.5}, {-0.5, 1.5}};
        int[] truth = {0, 1, 0, 1};
        double t = DecadeCalibration.fitTemperature(DecadeCalibration.identity(2, 2, 1), scores, truth, new double[2]);
        assertEquals(50, t, 1.0); // perfectly separated: likelihood grows with sharpness up to the search bound
        double[] p = DecadeCalibration.softmax(new double[]{1, 0}, null);
        assertEquals(Math.E / (Math.E + 1), p[0], 1e-12);
    }
}
