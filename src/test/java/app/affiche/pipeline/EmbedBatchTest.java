package app.affiche.pipeline;

import app.affiche.SharedData;
import app.affiche.embedding.TestImages;
import app.affiche.embedding.DeviceChoice;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;
import app.affiche.embedding.EncoderSpec;
import app.affiche.imaging.PosterDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipelined batch on the real model: same vectors as a direct call, a bad file fails alone, cancel stops early. */
class EmbedBatchTest {
    private static Encoder encoder;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() throws Exception {
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32");
        encoder = Encoders.open(spec, SharedData.models().resolve(spec.file()), new Encoders.Options(DeviceChoice.CPU, 0), m -> { });
    }

    @AfterAll
    static void close() {
        if (encoder != null) encoder.close();
    }

    @Test
    void embedsEveryPosterAndABrokenFileFailsAloneWithItsReason() throws Exception {
        List<EmbedBatch.Item> items = new ArrayList<>();
        List<Path> posters = sharedPosters(9);
        for (int i = 0; i < posters.size(); i++) items.add(new EmbedBatch.Item(i + 1, posters.get(i)));
        Path broken = Files.write(tmp.resolve("broken.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        items.add(4, new EmbedBatch.Item(100, broken));
        Recorder sink = new Recorder();
        PosterDecoder decoder = new PosterDecoder();
        var result = new EmbedBatch(encoder, f -> decoder.read(f, 224), new EmbedBatch.Settings(4, 2, 2)).run(items, sink, p -> { });

        assertEquals(new EmbedBatch.Result(9, 1, false), result);
        assertTrue(sink.failed.get(100L).contains("broken.jpg"), sink.failed.toString());
        List<BufferedImage> images = new ArrayList<>();
        for (Path p : posters) images.add(decoder.read(p, 224));
        float[][] direct = encoder.embed(images);
        for (int i = 0; i < posters.size(); i++) {
            double cos = TestImages.cosine(direct[i], sink.stored.get(i + 1L));
            assertTrue(cos >= 0.9999, posters.get(i) + ": cosine " + cos);
        }
    }

    @Test
    void cancelStopsTakingPostersButStoresWhatWasEmbedded() throws Exception {
        List<EmbedBatch.Item> items = new ArrayList<>();
        List<Path> posters = sharedPosters(40);
        for (int i = 0; i < posters.size(); i++) items.add(new EmbedBatch.Item(i + 1, posters.get(i)));
        PosterDecoder decoder = new PosterDecoder();
        EmbedBatch batch = new EmbedBatch(encoder, f -> decoder.read(f, 224), new EmbedBatch.Settings(2, 1));
        Recorder sink = new Recorder() {
            @Override
            public void stored(long posterId, float[] embedding) {
                super.stored(posterId, embedding);
                batch.cancel();
            }
        };
        var result = batch.run(items, sink, p -> { });
        assertTrue(result.cancelled());
        assertTrue(result.embedded() < 40 && result.embedded() >= 1, result.toString());
        assertEquals(result.embedded(), sink.stored.size());
        assertFalse(sink.stored.values().stream().anyMatch(v -> v.length != 1280));
    }

    @Test
    void intoARealCatalogueAGroupThatFailsIsStoredOneByOneSoOnlyTheBadRowFails() throws Exception {
        List<Path> posters = sharedPosters(12);
        try (var catalogue = app.affiche.catalogue.Catalogue.open(tmp.resolve("c.db"))) {
            List<EmbedBatch.Item> items = new ArrayList<>();
            for (int i = 0; i < posters.size(); i++) {
                long id = catalogue.addPoster(new app.affiche.catalogue.NewPoster("%064x".formatted(i), posters.get(i).toString(), 1,
                        0, 0, "JPEG", null, null, null, null));
                items.add(new EmbedBatch.Item(id, posters.get(i)));
            }
            items.add(6, new EmbedBatch.Item(424_242, posters.get(0))); // no such poster row: its insert fails
            PosterDecoder decoder = new PosterDecoder();
            var result = new EmbedBatch(encoder, f -> decoder.read(f, 224), new EmbedBatch.Settings(13, 1, 1))
                    .run(items, CatalogueEmbedding.sink(catalogue, encoder.id()), p -> { });
            // One batch of 13 reaches the writer at once: the group's transaction fails, then 12 rows store alone.
            assertEquals(new EmbedBatch.Result(12, 1, false), result);
            assertEquals(12, catalogue.embeddings(encoder.id()).size());
        }
    }

    @Test
    void anEmptyListFinishesAtOnce() throws Exception {
        var result = new EmbedBatch(encoder, f -> ImageIO.read(f.toFile()), new EmbedBatch.Settings(8, 2)).run(List.of(), new Recorder(), p -> { });
        assertEquals(new EmbedBatch.Result(0, 0, false), result);
    }

    /**
     * The crash-log audit's batch remainder: five posters at batch size four on one inference thread run a full batch,
     * then one poster in the same buffer, whose three other slots still hold the first batch's tensors. Only the one
     * may reach the model, and its vector is the direct call's.
     */
    @Test
    void aPartialLastBatchRunsOnlyItsOwnPosters() throws Exception {
        List<Path> posters = sharedPosters(5);
        List<EmbedBatch.Item> items = new ArrayList<>();
        for (int i = 0; i < posters.size(); i++) items.add(new EmbedBatch.Item(i + 1, posters.get(i)));
        Recorder sink = new Recorder();
        PosterDecoder decoder = new PosterDecoder();
        var result = new EmbedBatch(encoder, f -> decoder.read(f, 224), new EmbedBatch.Settings(4, 1, 1)).run(items, sink, p -> { });
        assertEquals(new EmbedBatch.Result(5, 0, false), result);
        for (int i = 0; i < posters.size(); i++) {
            float[] direct = encoder.embed(List.of(decoder.read(posters.get(i), 224)))[0];
            double cos = TestImages.cosine(direct, sink.stored.get(i + 1L));
            assertTrue(cos >= 0.9999, posters.get(i) + ": cosine " + cos);
        }
    }

    /** One session, two threads embedding at once (each call its own DJL predictor): the vectors of calls made alone. */
    @Test
    void twoThreadsOnOneEncoderGetTheVectorsOfCallsMadeAlone() throws Exception {
        List<Path> posters = sharedPosters(6);
        PosterDecoder decoder = new PosterDecoder();
        List<BufferedImage> images = new ArrayList<>();
        for (Path p : posters) images.add(decoder.read(p, 224));
        float[][] alone = encoder.embed(images);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<float[][]>> runs = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                List<BufferedImage> part = r % 2 == 0 ? images.subList(0, 4) : images.subList(4, 6);
                runs.add(two.submit(() -> encoder.embed(part)));
            }
            for (int r = 0; r < runs.size(); r++) {
                float[][] got = runs.get(r).get(120, java.util.concurrent.TimeUnit.SECONDS);
                int from = r % 2 == 0 ? 0 : 4;
                for (int i = 0; i < got.length; i++) {
                    double cos = TestImages.cosine(alone[from + i], got[i]);
                    assertTrue(cos >= 0.9999, "run " + r + ", poster " + (from + i) + ": cosine " + cos);
                }
            }
        } finally {
            two.shutdownNow();
        }
    }

    static List<Path> sharedPosters(int n) throws Exception {
        try (var files = Files.list(SharedData.posters().resolve("images"))) {
            return files.sorted().limit(n).toList();
        }
    }


    static class Recorder implements EmbedBatch.Sink {
        final Map<Long, float[]> stored = new ConcurrentHashMap<>();
        final Map<Long, String> failed = new ConcurrentHashMap<>();

        @Override
        public void stored(long posterId, float[] embedding) {
            stored.put(posterId, embedding);
        }

        @Override
        public void failed(long posterId, String reason) {
            failed.put(posterId, reason);
        }
    }
}
