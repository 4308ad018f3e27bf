package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Occlusion maps from the real mobilenetv2 encoder and a logistic predictor trained here on its embeddings. */
class OcclusionSensitivityTest {
    private static Encoder encoder;
    private static TinyLogisticPredictor predictor;

    @BeforeAll
    static void trainOnGeneratedPosters() throws Exception {
        encoder = RealEncoder.open();
        predictor = TinyLogisticPredictor.onStripes(encoder);
    }

    @AfterAll
    static void close() {
        if (encoder != null) encoder.close();
    }

    @Test
    void greyingTheStripesLowersTheGenreMoreThanGreyingTheBottom() throws Exception {
        BufferedImage poster = SyntheticPosters.make(true, new Random(99));
        List<Double> progress = new ArrayList<>();
        OcclusionMap map = new OcclusionSensitivity(encoder, predictor).compute(poster, "Striped", () -> false, progress::add);

        assertEquals(7, map.rows());
        assertEquals(7, map.cols());
        assertEquals(49, map.drops().length);
        for (double d : map.drops()) assertTrue(Double.isFinite(d), "finite drops");
        assertTrue(map.baseline() > 0.5, "the predictor sees stripes: " + map.baseline());
        double top = meanOfRows(map, 0, 3), bottom = meanOfRows(map, 4, 7);
        assertTrue(top > bottom, "top-half drop " + top + " should exceed bottom-half drop " + bottom);
        assertEquals(OcclusionSensitivity.CPU_BATCH, map.batchSize(), "the shared model runs on the CPU here");
        assertEquals((50 + map.batchSize() - 1) / map.batchSize(), progress.size(), "progress after each batch");
        assertEquals(1.0, progress.getLast());
        System.out.printf("occlusion 7x7, batch %d: %d ms (top %.4f, bottom %.4f, baseline %.3f)%n",
                map.batchSize(), map.millis(), top, bottom, map.baseline());
    }

    @Test
    void smallerBatchesGiveTheSameMapAndReportProgressPerBatch() throws Exception {
        BufferedImage poster = SyntheticPosters.make(true, new Random(5));
        List<Double> progress = new ArrayList<>();
        OcclusionMap split = new OcclusionSensitivity(encoder, predictor, 4, 9).compute(poster, "Striped", () -> false, progress::add);
        OcclusionMap whole = new OcclusionSensitivity(encoder, predictor, 4, 17).compute(poster, "Striped", () -> false, p -> { });
        assertEquals(List.of(9 / 17.0, 1.0), progress, "17 copies in batches of 9");
        for (int i = 0; i < 16; i++) assertEquals(whole.drops()[i], split.drops()[i], 1e-4, "cell " + i);
    }

    @Test
    void cancelledBeforeTheFirstBatchEmbedsNothing() {
        OcclusionSensitivity occlusion = new OcclusionSensitivity(encoder, predictor);
        assertThrows(CancellationException.class,
                () -> occlusion.compute(SyntheticPosters.make(true, new Random(1)), "Striped", () -> true, p -> { }));
    }

    @Test
    void cellsTileThePosterWithoutGapsOrOverlap() {
        int w = 157, h = 224, grid = 7;
        int[][] covered = new int[h][w];
        for (int r = 0; r < grid; r++)
            for (int c = 0; c < grid; c++) {
                int[] b = OcclusionSensitivity.cell(w, h, grid, r, c);
                for (int y = b[1]; y < b[3]; y++) for (int x = b[0]; x < b[2]; x++) covered[y][x]++;
            }
        for (int[] row : covered) for (int n : row) assertEquals(1, n);
    }

    private static double meanOfRows(OcclusionMap map, int from, int to) {
        double sum = 0;
        for (int r = from; r < to; r++) for (int c = 0; c < map.cols(); c++) sum += map.drop(r, c);
        return sum / ((to - from) * map.cols());
    }
}
