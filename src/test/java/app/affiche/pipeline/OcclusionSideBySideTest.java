package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heatmap's copies embedded two at a time on the real three-view session give the map of one at a time, bit
 * for bit, with the same inferences, also on the one-thread session they run on; progress still rises to 1 and a
 * cancel still stops it.
 */
class OcclusionSideBySideTest {
    private static Encoder encoder;
    private static TinyLogisticPredictor predictor;

    @BeforeAll
    static void trainOnGeneratedPosters() throws Exception {
        encoder = RealEncoder.open("mobilenetv2-fp32-style");
        predictor = TinyLogisticPredictor.onStripes(encoder);
    }

    @AfterAll
    static void close() {
        if (encoder != null) encoder.close();
    }

    @Test
    void twoCopiesAtATimeGiveTheSameMapBitForBit() throws Exception {
        BufferedImage poster = SyntheticPosters.make(true, new Random(99)); // stripes in the top half
        CountingEncoder one = new CountingEncoder(encoder), two = new CountingEncoder(encoder);
        OcclusionMap oneByOne = new OcclusionSensitivity(one, predictor, 7, 1, false, 1).compute(poster, "Striped", () -> false, p -> { });
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        OcclusionMap sideBySide = new OcclusionSensitivity(two, predictor, 7, 1, false, 2)
                .compute(poster, "Striped", () -> false, progress::add);
        assertEquals(oneByOne.baseline(), sideBySide.baseline(), 0.0);
        assertArrayEquals(oneByOne.drops(), sideBySide.drops(), 0.0);
        assertEquals(one.inferences.get(), two.inferences.get());
        assertEquals(122, two.inferences.get());
        assertEquals(50, progress.size());
        for (int i = 1; i < progress.size(); i++) assertTrue(progress.get(i) > progress.get(i - 1), "progress rises: " + progress);
        assertEquals(1.0, progress.getLast(), 0.0);
        int hottest = 0;
        for (int i = 1; i < 49; i++) if (sideBySide.drops()[i] > sideBySide.drops()[hottest]) hottest = i;
        assertTrue(hottest / 7 <= 3, "the hottest cell lies on the stripes (top half), is in row " + hottest / 7);
    }

    @Test
    void theOneThreadSessionTheCopiesRunOnGivesTheSameMapBitForBit() throws Exception {
        Encoder sibling = encoder.sideBySide();
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(sibling != encoder, "a session of its own for the copies");
            assertEquals("CPU (1 ONNX Runtime thread per batch)", sibling.device());
        }
        assertTrue(sibling == encoder.sideBySide(), "opened once");
        BufferedImage poster = SyntheticPosters.make(false, new Random(5));
        assertArrayEquals(encoder.embed(List.of(poster))[0], sibling.embed(List.of(poster))[0], 0f);
        OcclusionMap oneByOne = new OcclusionSensitivity(encoder, predictor, 7, 1, false, 1).compute(poster, "Striped", () -> false, p -> { });
        OcclusionMap sideBySide = new OcclusionSensitivity(encoder, predictor, 7, 1, false, 2).compute(poster, "Striped", () -> false, p -> { });
        assertEquals(oneByOne.baseline(), sideBySide.baseline(), 0.0);
        assertArrayEquals(oneByOne.drops(), sideBySide.drops(), 0.0);
    }

    @Test
    void aCancelStopsTheCopiesInFlight() {
        BufferedImage poster = SyntheticPosters.make(true, new Random(7));
        CountingEncoder counting = new CountingEncoder(encoder);
        AtomicInteger done = new AtomicInteger();
        OcclusionSensitivity occlusion = new OcclusionSensitivity(counting, predictor, 7, 1, false, 2);
        assertThrows(CancellationException.class, () -> occlusion.compute(poster, "Striped", () -> done.get() >= 10,
                p -> done.incrementAndGet()));
        assertTrue(counting.inferences.get() < 60, "stopped early: " + counting.inferences.get() + " inferences");
    }
}
