package app.affiche.pipeline;

import app.affiche.heads.TrainingReport;
import app.affiche.ui.training.TrainingSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The dealer's vintage curve grows by one point a retrain, in the heads' provenance, and shows once it means something. */
class VintageCurveTest {
    private static TrainingReport.DecadeFit fit(int curated, double within) {
        return new TrainingReport.DecadeFit(0.7, within, 300, "uniform", curated);
    }

    private static String provenance(com.google.gson.JsonArray curve) {
        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
        o.add(VintageCurve.KEY, curve);
        return o.toString();
    }

    @Test
    void eachRetrainAddsAPointAfterTheEarlierOnes() {
        String first = provenance(VintageCurve.extend(null, fit(0, 0.55)));
        String second = provenance(VintageCurve.extend(first, fit(120, 0.66)));
        assertEquals(List.of(new VintageCurve.Point(0, 0.55), new VintageCurve.Point(120, 0.66)), VintageCurve.read(second));
        assertEquals(List.of(), VintageCurve.read("{\"vintageCurve\": 3}"), "an odd provenance gives no curve, not an error");
        assertEquals(List.of(), VintageCurve.read(null));
        String many = first;
        for (int i = 0; i < 40; i++) many = provenance(VintageCurve.extend(many, fit(i, 0.5)));
        assertEquals(30, VintageCurve.read(many).size(), "the last 30 retrains are kept");
    }

    @Test
    void theSummaryDrawsTheCurveOnlyWithEnoughVintageLabels() {
        TrainingReport r = new TrainingReport("enc", 10, List.of(), List.of(), 0, null, 1);
        var few = List.of(new VintageCurve.Point(0, 0.5), new VintageCurve.Point(20, 0.55));
        var enough = List.of(new VintageCurve.Point(0, 0.5), new VintageCurve.Point(VintageCurve.ENOUGH, 0.6));
        assertTrue(TrainingSummary.of(r, 0, few).vintageCurve().isEmpty());
        assertTrue(TrainingSummary.of(r, 0, enough.subList(1, 2)).vintageCurve().isEmpty(), "one point is no curve");
        assertEquals(enough, TrainingSummary.of(r, 0, enough).vintageCurve());
    }
}
