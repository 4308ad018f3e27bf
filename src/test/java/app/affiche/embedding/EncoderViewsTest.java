package app.affiche.embedding;

import app.affiche.SharedData;
import app.affiche.imaging.PosterDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The views encoder entry averages three views (whole, top, bottom) of one model file: on real posters its
 * vector is the mean of the single-view encoder's vectors of those three views. Closing waits for a batch in
 * flight instead of freeing the native session under it.
 */
class EncoderViewsTest {
    private static Encoder single;
    private static Encoder views;

    @BeforeAll
    static void open() throws Exception {
        Manifest m = Manifest.builtIn();
        EncoderSpec one = m.require("mobilenetv2-fp32");
        EncoderSpec three = m.require("mobilenetv2-fp32-views");
        assertEquals(List.of("whole", "top", "bottom"), three.viewList());
        Path file = SharedData.models().resolve(one.file());
        single = Encoders.open(one, file, new Encoders.Options(DeviceChoice.CPU, 0), n -> { });
        views = Encoders.open(three, file, new Encoders.Options(DeviceChoice.CPU, 0), n -> { });
    }

    @AfterAll
    static void close() {
        if (single != null) single.close();
        if (views != null) views.close();
    }

    @Test
    void theEmbeddingIsTheMeanOfItsViewsEmbeddings() throws Exception {
        PosterDecoder decoder = new PosterDecoder();
        List<BufferedImage> posters = new ArrayList<>();
        for (Path p : TestImages.sharedPosters(3)) posters.add(decoder.read(p, 224));
        float[][] averaged = views.embed(posters);
        for (int i = 0; i < posters.size(); i++) {
            BufferedImage poster = posters.get(i);
            float[][] parts = single.embed(List.of(Preprocessor.view(poster, "whole"), Preprocessor.view(poster, "top"),
                    Preprocessor.view(poster, "bottom")));
            assertTrue(TestImages.cosine(parts[1], parts[2]) < 0.99, "top and bottom are different pictures");
            for (int d = 0; d < 1280; d++) {
                float mean = (parts[0][d] + parts[1][d] + parts[2][d]) / 3;
                assertEquals(mean, averaged[i][d], 1e-4f + 1e-3f * Math.abs(mean), "poster " + i + " dim " + d);
            }
        }
    }

    @Test
    void viewsEmbeddedAloneAveragedAreTheEmbeddingBitForBit() throws Exception {
        BufferedImage poster = new PosterDecoder().read(TestImages.sharedPosters(1).getFirst(), 1024);
        Preprocessor pre = views.preprocessor();
        float[] tensors = new float[3 * pre.viewLength()];
        // Out of order, one view per call and all three in one call: each view's vector does not depend on its batch.
        for (int v = 2; v >= 0; v--) pre.writeView(poster, v, tensors, v * pre.viewLength());
        float[][] oneCall = views.embedViews(tensors, 3);
        float[][] apart = new float[3][];
        for (int v = 0; v < 3; v++) {
            apart[v] = views.embedViews(java.util.Arrays.copyOfRange(tensors, v * pre.viewLength(), (v + 1) * pre.viewLength()), 1)[0];
        }
        float[] embedding = views.embed(List.of(poster))[0];
        org.junit.jupiter.api.Assertions.assertArrayEquals(embedding, Encoder.meanOfViews(oneCall, 3)[0]);
        org.junit.jupiter.api.Assertions.assertArrayEquals(embedding, Encoder.meanOfViews(apart, 3)[0]);
    }

    @Test
    void viewBoundsAreTheSquaresTheViewsCrop() {
        Preprocessor pre = views.preprocessor();
        assertEquals(List.of(0, 0, 149, 224), java.util.Arrays.stream(pre.viewBounds(149, 224, 0)).boxed().toList(), "whole");
        assertEquals(List.of(0, 0, 149, 149), java.util.Arrays.stream(pre.viewBounds(149, 224, 1)).boxed().toList(), "top");
        assertEquals(List.of(0, 75, 149, 224), java.util.Arrays.stream(pre.viewBounds(149, 224, 2)).boxed().toList(), "bottom");
        assertEquals(List.of(76, 0, 224, 148), java.util.Arrays.stream(pre.viewBounds(224, 148, 2)).boxed().toList(), "wide: the right square");
    }

    @Test
    void closingWaitsForTheBatchInFlightThenRefusesPlainly() throws Exception {
        EncoderSpec one = Manifest.builtIn().require("mobilenetv2-fp32");
        Encoder encoder = Encoders.open(one, SharedData.models().resolve(one.file()), new Encoders.Options(DeviceChoice.CPU, 0), n -> { });
        float[] batch = new float[16 * encoder.preprocessor().tensorLength()];
        AtomicInteger finished = new AtomicInteger();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                while (true) {
                    encoder.embedTensors(batch, 16);
                    finished.incrementAndGet();
                }
            } catch (EncoderException e) {
                if (!e.getMessage().contains("closed")) unexpected.set(e);
            } catch (Throwable t) {
                unexpected.set(t);
            }
        });
        while (finished.get() == 0) Thread.sleep(5);
        encoder.close(); // the worker is almost surely inside a batch now
        worker.join(30_000);
        assertNull(unexpected.get(), () -> "worker failed: " + unexpected.get());
        EncoderException after = assertThrows(EncoderException.class, () -> encoder.embedTensors(batch, 1));
        assertTrue(after.getMessage().contains("closed"), after.getMessage());
        encoder.close(); // twice is harmless
    }
}
