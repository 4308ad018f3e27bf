package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heatmap over the default three-view encoder (whole, top, bottom; real ONNX session): running only the views
 * a greyed cell falls in gives the map of running every view (tolerance 1e-6 on each drop; in practice the same
 * bits, since a view's vector does not depend on its batch), the hot cells are where the constructed stripes are,
 * and a second target of the same draft runs no inference.
 */
class OcclusionViewsTest {
    private static Encoder encoder;
    private static TinyLogisticPredictor predictor;

    @BeforeAll
    static void trainOnGeneratedPosters() throws Exception {
        encoder = RealEncoder.open("mobilenetv2-fp32-style");
        assertEquals(3, encoder.preprocessor().viewCount());
        predictor = TinyLogisticPredictor.onStripes(encoder);
    }

    @AfterAll
    static void close() {
        if (encoder != null) encoder.close();
    }

    @Test
    void onlyTheViewsACellFallsInRunAndTheMapIsThePreviousOne() throws Exception {
        BufferedImage poster = SyntheticPosters.make(true, new Random(99)); // 160 x 240: stripes in the top half
        CountingEncoder counting = new CountingEncoder(encoder);
        OcclusionSensitivity skipping = new OcclusionSensitivity(counting, predictor);
        OcclusionMap map = skipping.compute(poster, "Striped", () -> false, p -> { });
        // Shrunk to 149 x 224: the top square (rows 0-148) misses cell rows 5-6, the bottom one (75-223) rows 0-1.
        assertEquals(3 + 49 + 35 + 35, counting.inferences.get(), "baseline's 3 views, every cell's whole view, 35 top, 35 bottom");
        assertEquals(counting.inferences.get(), skipping.inferences(poster));
        OcclusionMap previous = new OcclusionSensitivity(encoder, predictor, 7, 1, true).compute(poster, "Striped", () -> false, p -> { });
        assertEquals(previous.baseline(), map.baseline(), 1e-6);
        for (int i = 0; i < 49; i++) assertEquals(previous.drops()[i], map.drops()[i], 1e-6, "cell " + i);

        assertTrue(map.baseline() > 0.5, "the predictor sees stripes: " + map.baseline());
        double top = meanOfRows(map, 0, 3), bottom = meanOfRows(map, 4, 7);
        assertTrue(top > bottom, "top-half drop " + top + " should exceed bottom-half drop " + bottom);
        int hottest = 0;
        for (int i = 1; i < 49; i++) if (map.drops()[i] > map.drops()[hottest]) hottest = i;
        assertTrue(hottest / 7 <= 3, "the hottest cell lies on the stripes (top half), is in row " + hottest / 7);
    }

    @Test
    void anotherTargetOfTheSameDraftRunsNoInference() throws Exception {
        BufferedImage poster = SyntheticPosters.make(true, new Random(5));
        CountingEncoder counting = new CountingEncoder(encoder);
        OcclusionSensitivity occlusion = new OcclusionSensitivity(counting, predictor);
        occlusion.compute(poster, "Striped", () -> false, p -> { });
        counting.inferences.set(0);
        List<Double> progress = new ArrayList<>();
        OcclusionMap plain = occlusion.compute(poster, "Plain", () -> false, progress::add);
        assertEquals(0, counting.inferences.get(), "the copies of the same draft are kept");
        assertEquals(List.of(1.0), progress);
        OcclusionMap fresh = new OcclusionSensitivity(encoder, predictor).compute(poster, "Plain", () -> false, p -> { });
        for (int i = 0; i < 49; i++) assertEquals(fresh.drops()[i], plain.drops()[i], 1e-9, "cell " + i);

        occlusion.compute(SyntheticPosters.make(true, new Random(6)), "Plain", () -> false, p -> { });
        assertEquals(122, counting.inferences.get(), "another draft is embedded anew");
    }

    private static double meanOfRows(OcclusionMap map, int from, int to) {
        double sum = 0;
        for (int r = from; r < to; r++) for (int c = 0; c < map.cols(); c++) sum += map.drop(r, c);
        return sum / ((to - from) * map.cols());
    }
}
