package app.affiche.pipeline.workers;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.catalogue.PgTestServer;
import app.affiche.catalogue.team.WorkClaims;
import app.affiche.catalogue.team.WorkTask;
import app.affiche.catalogue.team.WorkerId;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingListener;
import app.affiche.pipeline.TrainRun;
import app.affiche.pipeline.TrainedHeads;
import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Three tagging workers on one real PostgreSQL catalogue with trained heads: each poster tagged by exactly one. */
class ClaimedTaggingTest {
    private static final String ENC = "test-encoder";
    private static final int DIM = 12;

    @TempDir
    Path home;

    @Test
    void threeWorkersTagEveryEmbeddedPosterOnce() throws Exception {
        String url = PgTestServer.shared().createDatabase();
        try (Catalogue c = Catalogue.open(CatalogueLocation.parse(url, home))) {
            Random r = new Random(3);
            for (int i = 0; i < 200; i++) {
                long id = c.addPoster(new NewPoster(String.format("%064x", i + 1), "p" + i + ".jpg", 1000, 100, 150,
                        "jpeg", "Poster " + i, 1955, null, null));
                float[] e = new float[DIM];
                for (int j = 0; j < DIM; j++) e[j] = (float) r.nextGaussian();
                c.putEmbedding(id, ENC, e);
                Set<String> g = new HashSet<>();
                if (e[0] > 0) g.add("Action");
                if (e[1] > 0) g.add("Comedy");
                if (g.isEmpty()) g.add("Drama");
                if (i < 150) c.setConfirmedLabels(id, g, LabelSource.IMPORT);
            }
            new TrainRun(c, HeadsConfig.defaults().withMinimums(10, 1000).withDecadeFeatureScale(1))
                    .run(ENC, TrainingListener.NONE, () -> false);
            Predictor predictor = TrainedHeads.load(c, ENC, DIM);
            String jdbc = "jdbc:" + url.replaceFirst("//[^@]+@", "//") + "?user=" + PgTestServer.USER;
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                WorkerId id = new WorkerId("tagger" + w, w, Instant.EPOCH);
                runs.add(pool.submit(() -> {
                    try (WorkClaims claims = new WorkClaims(DriverManager.getConnection(jdbc), id, WorkTask.TAG, ENC,
                            Duration.ofSeconds(30))) {
                        return ClaimedTagging.run(c, claims, predictor, () -> false);
                    }
                }));
            }
            int total = 0, workersThatTagged = 0;
            for (Future<Integer> f : runs) {
                int n = f.get(120, TimeUnit.SECONDS);
                total += n;
                if (n > 0) workersThatTagged++;
            }
            pool.shutdown();
            assertEquals(200, total, "each poster tagged by one worker");
            assertTrue(workersThatTagged >= 2, "the work was shared");
            var tag = c.workCounts(ENC).get(1);
            assertEquals(200, tag.done());
            assertEquals(0, tag.pending());
        }
    }
}
