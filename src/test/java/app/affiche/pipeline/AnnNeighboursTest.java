package app.affiche.pipeline;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import app.affiche.embedding.Encoder;
import app.affiche.imaging.PosterDecoder;
import app.affiche.similar.AnnIndex;
import app.affiche.similar.EmbeddingIndex;
import app.affiche.similar.Metric;
import app.affiche.similar.MetricFeedbackStore;
import app.affiche.similar.Neighbour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The approximate similar-poster index on a real SQLite catalogue and a real Lucene folder. */
class AnnNeighboursTest {
    private static final String ENCODER = "test-encoder";
    private static final int DIM = 64;

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    @Test
    void sameTopTenAsExactSearchOnRealPosters() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedData.posters().resolve("images"))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(120).toList();
        }
        Map<Long, float[]> vectors = new LinkedHashMap<>();
        try (Encoder encoder = RealEncoder.open(); Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            PosterDecoder decoder = new PosterDecoder();
            for (Path f : files) {
                long id = c.addPoster(TestPosters.of(f));
                vectors.put(id, encoder.embed(List.of(decoder.read(f, encoder.preprocessor().side())))[0]);
            }
            c.putEmbeddings(encoder.id(), vectors);
            EmbeddingIndex.Builder exact = EmbeddingIndex.builder(vectors.values().iterator().next().length);
            vectors.forEach((id, v) -> exact.add(id, v, null));
            EmbeddingIndex all = exact.build();
            try (PreviewNeighbours preview = new PreviewNeighbours(c, encoder.id(),
                    MetricFeedbackStore.inHome(dir.resolve("home")), p -> { }, 0)) {
                assertTrue(preview.approximate(), "annFrom 0: the approximate index serves");
                List<Long> ids = new ArrayList<>(vectors.keySet());
                for (int q = 0; q < ids.size(); q += 6) {
                    float[] query = vectors.get(ids.get(q));
                    for (Metric m : List.of(Metric.COSINE, Metric.EUCLIDEAN)) {
                        List<Long> want = all.nearest(query, null, m, 10).stream().map(Neighbour::posterId).toList();
                        List<Long> got = preview.nearest(query, null, m, 10).stream().map(s -> s.poster().id()).toList();
                        assertEquals(want, got, m + " neighbours of poster " + ids.get(q));
                    }
                }
            }
            assertTrue(Files.isDirectory(AnnNeighbours.folder(c.file(), encoder.id())), "the index is kept beside the catalogue");
        }
    }

    @Test
    void smallCatalogueKeepsTheExactSearch() throws Exception {
        try (Catalogue c = catalogue(50);
             PreviewNeighbours preview = new PreviewNeighbours(c, ENCODER, MetricFeedbackStore.inHome(dir.resolve("home")), p -> { })) {
            assertFalse(preview.approximate(), "50 posters, under " + PreviewNeighbours.ANN_FROM + ": exact");
            assertFalse(Files.exists(AnnNeighbours.folder(c.file(), ENCODER)), "no index folder for a small catalogue");
        }
    }

    @Test
    void survivesReopenWithoutRebuilding() throws Exception {
        try (Catalogue c = catalogue(300)) {
            List<Long> before;
            try (AnnNeighbours ann = open(c)) {
                before = ids(ann.nearest(vector(7), null, Metric.COSINE, 10, id -> null));
            }
            assertTrue(log.stream().anyMatch(l -> l.contains("is missing: building it")), log.toString());
            log.clear();
            Path folder = AnnNeighbours.folder(c.file(), ENCODER);
            long size = AnnIndex.sizeOnDisk(folder);
            try (AnnNeighbours ann = open(c)) {
                assertEquals(before, ids(ann.nearest(vector(7), null, Metric.COSINE, 10, id -> null)));
            }
            assertEquals(List.of(), log, "reopened as it was");
            assertEquals(size, AnnIndex.sizeOnDisk(folder), "nothing was added again");
        }
    }

    @Test
    void followsPostersEmbeddedAndRemovedWhileOpen() throws Exception {
        try (Catalogue c = catalogue(300); AnnNeighbours ann = open(c)) {
            float[] query = vector(1_000);
            long twin = c.addPoster(TestPosters.fake(1_000));
            c.putEmbedding(twin, ENCODER, scaled(query, 1.01f));
            c.putEmbedding(twin, "other-encoder", vector(5)); // another encoder's: not this index's business
            assertEquals(twin, ann.nearest(query, null, Metric.COSINE, 10, id -> null).getFirst().posterId());
            c.removePosters(List.of(twin));
            assertFalse(ids(ann.nearest(query, null, Metric.COSINE, 10, id -> null)).contains(twin));
            // the changes were committed: a reader opened now (as `affiche similar` would be) sees the same set
            try (AnnIndex read = AnnIndex.openReadOnly(AnnNeighbours.folder(c.file(), ENCODER), ENCODER, DIM)) {
                assertArrayEquals(c.embeddedPosterIds(ENCODER), read.ids());
            }
        }
    }

    @Test
    void catchesUpOnChangesMadeWhileClosed() throws Exception {
        try (Catalogue c = catalogue(300)) {
            open(c).close();
            long[] ids = c.embeddedPosterIds(ENCODER);
            c.removePosters(List.of(ids[0], ids[1]));
            long added = c.addPoster(TestPosters.fake(2_000));
            c.putEmbedding(added, ENCODER, vector(2_000));
            open(c).close();
            try (AnnIndex read = AnnIndex.openReadOnly(AnnNeighbours.folder(c.file(), ENCODER), ENCODER, DIM)) {
                assertArrayEquals(c.embeddedPosterIds(ENCODER), read.ids());
            }
        }
    }

    @Test
    void rebuiltWhenItsFolderIsDeletedOrDamaged() throws Exception {
        try (Catalogue c = catalogue(300)) {
            Path folder = AnnNeighbours.folder(c.file(), ENCODER);
            List<Long> want;
            try (AnnNeighbours ann = open(c)) {
                want = ids(ann.nearest(vector(3), null, Metric.COSINE, 10, id -> null));
            }
            AnnIndex.delete(folder);
            log.clear();
            try (AnnNeighbours ann = open(c)) {
                assertEquals(want, ids(ann.nearest(vector(3), null, Metric.COSINE, 10, id -> null)));
            }
            assertTrue(log.stream().anyMatch(l -> l.contains("is missing: building it")), log.toString());
            try (Stream<Path> files = Files.list(folder)) { // every file cut in half: headers and checksums fail
                for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList())
                    Files.write(f, java.util.Arrays.copyOf(Files.readAllBytes(f), (int) Files.size(f) / 2));
            }
            log.clear();
            try (AnnNeighbours ann = open(c)) {
                assertEquals(want, ids(ann.nearest(vector(3), null, Metric.COSINE, 10, id -> null)));
            }
            assertTrue(log.stream().anyMatch(l -> l.contains("cannot be used") && l.contains("rebuilding")), log.toString());
        }
    }

    @Test
    void readsBesideTheProcessThatKeepsIt() throws Exception {
        Path file = dir.resolve("catalogue.db");
        try (Catalogue c = catalogue(300); AnnNeighbours window = open(c)) {
            assertTrue(window.writable());
            long fresh = c.addPoster(TestPosters.fake(3_000)); // stored, but the window has not searched since
            c.putEmbedding(fresh, ENCODER, scaled(vector(3_000), 2f));
            long gone = c.embeddedPosterIds(ENCODER)[5];
            float[] goneVector = c.embedding(gone, ENCODER).orElseThrow();
            c.removePosters(List.of(gone));
            try (Catalogue readOnly = Catalogue.openReadOnly(file);
                 AnnNeighbours reader = AnnNeighbours.open(readOnly, ENCODER, DIM, log::add)) {
                assertFalse(reader.writable(), "the window holds the index: read it, do not write it");
                assertEquals(fresh, reader.nearest(vector(3_000), null, Metric.COSINE, 5, id -> null).getFirst().posterId(),
                        "a poster the index lacks is searched exactly beside it");
                assertFalse(ids(reader.nearest(goneVector, null, Metric.COSINE, 10, id -> null)).contains(gone),
                        "a poster gone from the catalogue is left out");
            }
        }
    }

    @Test
    void aBuildReportsRisingCountsUpToTheTotalAtMostTwentyTimesASecond() throws Exception {
        try (Catalogue c = catalogue(3_000)) {
            List<int[]> heard = new ArrayList<>();
            long start = System.nanoTime();
            AnnNeighbours.open(c, ENCODER, DIM, log::add, new AnnBuild((done, total) -> heard.add(new int[]{done, total}),
                    () -> false)).close();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(heard.size() >= 2, "the start and the end at least");
            assertArrayEquals(new int[]{0, 3_000}, heard.getFirst());
            assertArrayEquals(new int[]{3_000, 3_000}, heard.getLast());
            for (int i = 1; i < heard.size(); i++) {
                assertTrue(heard.get(i)[0] > heard.get(i - 1)[0], "counts rise: " + heard.get(i - 1)[0] + " then " + heard.get(i)[0]);
                assertEquals(3_000, heard.get(i)[1]);
            }
            assertTrue(heard.size() <= millis / 50 + 2, heard.size() + " reports in " + millis + " ms");
            heard.clear();
            AnnNeighbours.open(c, ENCODER, DIM, log::add, new AnnBuild((done, total) -> heard.add(new int[]{done, total}),
                    () -> false)).close();
            assertEquals(List.of(), heard, "a complete index is opened as it is: nothing to report");
        }
    }

    @Test
    void aStoppedBuildIsKeptAsPartBuiltAndFinishedOnReopen() throws Exception {
        try (Catalogue c = catalogue(300)) {
            Path folder = AnnNeighbours.folder(c.file(), ENCODER);
            int[] polls = {0};
            AnnBuild stopping = new AnnBuild((done, total) -> { }, () -> ++polls[0] > 120); // Ctrl-C after 120 posters
            assertThrows(CancellationException.class, () -> AnnNeighbours.open(c, ENCODER, DIM, log::add, stopping));
            try (AnnIndex read = AnnIndex.openReadOnly(folder, ENCODER, DIM)) {
                assertTrue(read.building(), "marked part-built, not complete");
                assertEquals(120, read.ids().length, "the posters indexed before the stop are kept");
            }
            log.clear();
            List<Long> want;
            try (AnnNeighbours ann = open(c)) {
                want = ids(ann.nearest(vector(3), null, Metric.COSINE, 10, id -> null));
            }
            assertTrue(log.stream().anyMatch(l -> l.contains("stopped with 120 of 300 posters in")), log.toString());
            try (AnnIndex read = AnnIndex.openReadOnly(folder, ENCODER, DIM)) {
                assertFalse(read.building(), "finished");
                assertArrayEquals(c.embeddedPosterIds(ENCODER), read.ids());
            }
            AnnIndex.delete(folder);
            try (AnnNeighbours fresh = open(c)) {
                assertEquals(want, ids(fresh.nearest(vector(3), null, Metric.COSINE, 10, id -> null)),
                        "the resumed index answers as one built in one go");
            }
        }
    }

    @Test
    void closingThePreviewStopsItsBuildAndLeavesNoThreadBuilding() throws Exception {
        try (Catalogue c = catalogue(3_000)) {
            PreviewNeighbours preview = new PreviewNeighbours(c, ENCODER, MetricFeedbackStore.inHome(dir.resolve("home")),
                    p -> { }, 0);
            CountDownLatch midway = new CountDownLatch(1);
            AnnBuild[] build = new AnnBuild[1];
            build[0] = new AnnBuild((done, total) -> {
                if (done == 0 || done == total) return;
                midway.countDown();
                long until = System.nanoTime() + 10_000_000_000L; // hold the build here until close() asks it to stop
                while (!build[0].cancelled() && System.nanoTime() < until) Thread.onSpinWait();
            }, () -> false);
            AtomicReference<Throwable> ended = new AtomicReference<>();
            Thread worker = new Thread(() -> {
                try {
                    preview.prepare(build[0]);
                } catch (Throwable t) {
                    ended.set(t);
                }
            }, "preview-build");
            worker.start();
            assertTrue(midway.await(60, TimeUnit.SECONDS), "the build got under way");
            preview.close();
            worker.join(5_000);
            assertFalse(worker.isAlive(), "no thread is left building after close()");
            assertInstanceOf(CancellationException.class, ended.get());
            try (AnnIndex read = AnnIndex.openReadOnly(AnnNeighbours.folder(c.file(), ENCODER), ENCODER, DIM)) {
                assertTrue(read.building());
                assertTrue(read.ids().length > 0 && read.ids().length < 3_000, read.ids().length + " posters kept");
            }
            assertThrows(CancellationException.class, () -> preview.prepare(AnnBuild.quiet()), "closed for good");
        }
    }

    private AnnNeighbours open(Catalogue c) {
        return AnnNeighbours.open(c, ENCODER, DIM, log::add);
    }

    /** A catalogue of n fake posters with clustered embeddings (8 clusters), so neighbours are well defined. */
    private Catalogue catalogue(int n) {
        Catalogue c = Catalogue.open(dir.resolve("catalogue.db"));
        Map<Long, float[]> vectors = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) vectors.put(c.addPoster(TestPosters.fake(i)), vector(i));
        c.putEmbeddings(ENCODER, vectors);
        return c;
    }

    private static float[] vector(int seed) {
        Random centre = new Random(seed % 8), noise = new Random(seed * 31L + 1);
        float[] v = new float[DIM];
        for (int d = 0; d < DIM; d++) v[d] = (float) Math.max(0, centre.nextGaussian() + 0.5 * noise.nextGaussian());
        return v;
    }

    private static float[] scaled(float[] v, float by) {
        float[] out = v.clone();
        for (int i = 0; i < out.length; i++) out[i] *= by;
        return out;
    }

    private static List<Long> ids(List<Neighbour> found) {
        return found.stream().map(Neighbour::posterId).toList();
    }
}
