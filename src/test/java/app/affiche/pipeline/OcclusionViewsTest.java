package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Preprocessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

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
    private static final AtomicInteger inferences = new AtomicInteger();

    @BeforeAll
    static void trainOnGeneratedPosters() throws Exception {
        encoder = RealEncoder.open("mobilenetv2-fp32-style");
        assertEquals(3, encoder.preprocessor().viewCount());
        Random random = new Random(11);
        List<BufferedImage> images = new ArrayList<>();
        boolean[] striped = new boolean[40];
        for (int i = 0; i < striped.length; i++) {
            striped[i] = i % 2 == 0;
            images.add(SyntheticPosters.make(striped[i], random));
        }
        predictor = new TinyLogisticPredictor("Striped", "Plain", encoder.embed(images), striped, 1.0);
    }

    @AfterAll
    static void close() {
        if (encoder != null) encoder.close();
    }

    @Test
    void onlyTheViewsACellFallsInRunAndTheMapIsThePreviousOne() throws Exception {
        BufferedImage poster = SyntheticPosters.make(true, new Random(99)); // 160 x 240: stripes in the top half
        OcclusionSensitivity skipping = new OcclusionSensitivity(counting(), predictor);
        inferences.set(0);
        OcclusionMap map = skipping.compute(poster, "Striped", () -> false, p -> { });
        // Shrunk to 149 x 224: the top square (rows 0-148) misses cell rows 5-6, the bottom one (75-223) rows 0-1.
        assertEquals(3 + 49 + 35 + 35, inferences.get(), "baseline's 3 views, every cell's whole view, 35 top, 35 bottom");
        assertEquals(inferences.get(), skipping.inferences(poster));
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
        OcclusionSensitivity occlusion = new OcclusionSensitivity(counting(), predictor);
        occlusion.compute(poster, "Striped", () -> false, p -> { });
        inferences.set(0);
        List<Double> progress = new ArrayList<>();
        OcclusionMap plain = occlusion.compute(poster, "Plain", () -> false, progress::add);
        assertEquals(0, inferences.get(), "the copies of the same draft are kept");
        assertEquals(List.of(1.0), progress);
        OcclusionMap fresh = new OcclusionSensitivity(encoder, predictor).compute(poster, "Plain", () -> false, p -> { });
        for (int i = 0; i < 49; i++) assertEquals(fresh.drops()[i], plain.drops()[i], 1e-9, "cell " + i);

        occlusion.compute(SyntheticPosters.make(true, new Random(6)), "Plain", () -> false, p -> { });
        assertEquals(122, inferences.get(), "another draft is embedded anew");
    }

    /** The real encoder, counting the view inferences it is asked for. */
    private static Encoder counting() {
        return new Encoder() {
            public String id() { return encoder.id(); }
            public int dimension() { return encoder.dimension(); }
            public String device() { return encoder.device(); }
            public Preprocessor preprocessor() { return encoder.preprocessor(); }
            public void close() { }

            public float[][] embed(List<BufferedImage> images) throws EncoderException {
                inferences.addAndGet(images.size() * preprocessor().viewCount());
                return encoder.embed(images);
            }

            public float[][] embedTensors(float[] tensors, int count) throws EncoderException {
                inferences.addAndGet(count * preprocessor().viewCount());
                return encoder.embedTensors(tensors, count);
            }

            public float[][] embedViews(float[] viewTensors, int count) throws EncoderException {
                inferences.addAndGet(count);
                return encoder.embedViews(viewTensors, count);
            }
        };
    }

    private static double meanOfRows(OcclusionMap map, int from, int to) {
        double sum = 0;
        for (int r = from; r < to; r++) for (int c = 0; c < map.cols(); c++) sum += map.drop(r, c);
        return sum / ((to - from) * map.cols());
    }
}
