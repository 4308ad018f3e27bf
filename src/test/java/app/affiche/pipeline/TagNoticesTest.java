package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.catalogue.PgTestServer;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingListener;
import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tag batch on one workbench of a real PostgreSQL catalogue reaches another's change feed, a chunk of posters per
 * notification (not one per poster), and moves no poster's version: a curator's pending ticks stay valid.
 */
class TagNoticesTest {
    private static final String ENC = "test-encoder";
    private static final int DIM = 8;

    @TempDir
    Path home;

    @Test
    void aTagBatchReachesTheOthersFeedInChunksWithoutMovingVersions() throws Exception {
        CatalogueLocation where = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), home);
        try (Catalogue anna = Catalogue.open(where); Catalogue ben = Catalogue.open(where)) {
            List<Long> ids = populate(anna, 300);
            new TrainRun(anna, HeadsConfig.defaults().withMinimums(10, 1000).withDecadeFeatureScale(1))
                    .run(ENC, TrainingListener.NONE, () -> false);
            Predictor predictor = TrainedHeads.load(anna, ENC, DIM);
            Map<Long, Long> versions = new HashMap<>();
            for (long id : ids) versions.put(id, ben.posterVersion(id).orElseThrow());

            LinkedBlockingQueue<Set<Long>> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable feed = ben.watchPosterChanges(heard::add)) {
                Thread.sleep(500); // listening
                TagBatch.Result r = new TagBatch(anna, predictor).run(false, () -> false);
                assertEquals(ids.size(), r.tagged());

                Set<Long> told = new HashSet<>();
                List<Set<Long>> notices = new ArrayList<>();
                while (!told.containsAll(ids)) {
                    Set<Long> got = heard.poll(10, TimeUnit.SECONDS);
                    assertTrue(got != null, "the feed heard of " + told.size() + " of " + ids.size() + " within 10 s");
                    assertFalse(got.isEmpty(), "posters named, not \"reload everything\"");
                    notices.add(got);
                    told.addAll(got);
                }
                System.out.printf("tag batch: %d posters told in %d notifications%n", ids.size(), notices.size());
                assertTrue(notices.size() <= ids.size() / 10, notices.size() + " notifications for " + ids.size());
            }
            for (long id : ids) assertEquals(versions.get(id), ben.posterVersion(id).orElseThrow(), "version moved");
            assertTrue(ben.labels(ids.getLast()).stream().anyMatch(l -> l.source() == LabelSource.MODEL));
        }
    }

    /** Posters with embeddings; Action follows the first coordinate; the first 80 % carry confirmed labels. */
    private static List<Long> populate(Catalogue c, int n) {
        Random r = new Random(5);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = c.addPoster(new NewPoster(String.format("%064x", i + 1), "p" + i + ".jpg", 1000, 100, 150, "jpeg",
                    "Poster " + i, i % 2 == 0 ? 1955 : 1995, null, null));
            float[] e = new float[DIM];
            for (int j = 0; j < DIM; j++) e[j] = (float) r.nextGaussian();
            c.putEmbedding(id, ENC, e);
            if (i < n * 4 / 5) c.setConfirmedLabels(id, Set.of(e[0] > 0 ? "Action" : "Drama"), LabelSource.IMPORT);
            ids.add(id);
        }
        return ids;
    }
}
