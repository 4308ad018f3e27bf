package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingListener;
import app.affiche.heads.TrainingReport;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Train → save → load → tag against a real SQLite catalogue. */
class HeadsCatalogueTest {
    private static final String ENC = "test-encoder";
    private static final int DIM = 12;

    @TempDir
    Path dir;

    /** 300 posters; Action ⇔ x0 > 0, Comedy ⇔ x1 > 0; the first 240 carry confirmed labels. */
    private long[] populate(Catalogue c) {
        Random r = new Random(3);
        long[] ids = new long[300];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = c.addPoster(new NewPoster(String.format("%064x", i + 1), "p" + i + ".jpg", 1000, 100, 150, "jpeg",
                    "Poster " + i, i % 2 == 0 ? 1955 : 1995, null, null));
            float[] e = new float[DIM];
            for (int j = 0; j < DIM; j++) e[j] = (float) r.nextGaussian();
            c.putEmbedding(ids[i], ENC, e);
            if (i < 240) {
                Set<String> g = new HashSet<>();
                if (e[0] > 0) g.add("Action");
                if (e[1] > 0) g.add("Comedy");
                if (g.isEmpty()) g.add("Drama");
                c.setConfirmedLabels(ids[i], g, i % 3 == 0 ? LabelSource.CURATOR : LabelSource.IMPORT);
            }
        }
        return ids;
    }

    private static HeadsConfig config() {
        // genres here do not depend on the decade: a unit decade feature, not the default tuned on real posters
        return HeadsConfig.defaults().withMinimums(10, 1000).withDecadeFeatureScale(1);
    }

    @Test
    void trainSaveLoadAndTagNeverTouchesConfirmedLabels() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            long[] ids = populate(c);
            List<GenreLabel> before = c.labels(ids[0]);
            TrainingReport report = new TrainRun(c, config()).run(ENC, TrainingListener.NONE, () -> false);
            assertEquals(240, report.samples());
            var provenance = JsonParser.parseString(c.headsProvenance(ENC).orElseThrow()).getAsJsonObject();
            assertEquals(ENC, provenance.get("encoder").getAsString());
            assertEquals(240, provenance.get("labels").getAsInt());
            assertTrue(provenance.get("validationMicroF1").getAsDouble() > 0.7);

            Predictor p = TrainedHeads.load(c, ENC, DIM);
            TagBatch.Result r = new TagBatch(c, p).run(false, () -> false);
            assertEquals(300, r.tagged());
            assertEquals(before.stream().filter(l -> l.source().confirmed()).collect(Collectors.toSet()),
                    c.labels(ids[0]).stream().filter(l -> l.source().confirmed()).collect(Collectors.toSet()));
            int inBand = 0;
            for (int i = 0; i < 240; i++) {
                List<GenreLabel> labels = c.labels(ids[i]);
                Set<String> confirmed = labels.stream().filter(l -> l.source().confirmed()).map(GenreLabel::genre).collect(Collectors.toSet());
                for (GenreLabel l : labels)
                    if (l.source() == LabelSource.MODEL) {
                        assertFalse(confirmed.contains(l.genre()), "model label repeats a confirmed genre");
                        assertTrue(l.confidence() > 0 && l.confidence() <= 1);
                        assertNotNull(l.threshold(), "the threshold it was judged by is kept");
                        // at or above threshold, or in the suggestion band just below it (threshold x 0.7)
                        assertTrue(l.confidence() >= l.threshold() * (1 - config().suggestionBand()) - 1e-9, l.toString());
                        if (l.confidence() < l.threshold()) inBand++;
                    }
            }
            assertTrue(inBand > 0, "the band below the threshold is stored too, as the workbench stores it");
            long modelOnUnlabelled = java.util.stream.LongStream.of(ids).skip(240)
                    .filter(id -> c.labels(id).stream().anyMatch(l -> l.source() == LabelSource.MODEL)).count();
            assertTrue(modelOnUnlabelled > 30, "unlabelled posters got model labels: " + modelOnUnlabelled);
            // a second run only revisits posters that still have no model label
            int withoutModel = countWithoutModel(c, ids);
            assertEquals(withoutModel, new TagBatch(c, p).run(false, () -> false).tagged());
        }
    }

    private static int countWithoutModel(Catalogue c, long[] ids) {
        int n = 0;
        for (long id : ids) if (c.labels(id).stream().noneMatch(l -> l.source() == LabelSource.MODEL)) n++;
        return n;
    }

    @Test
    void aYearTheCuratorTypedCountsTowardsTheCataloguePriorThoughTheGenresWereImported() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            long[] ids = populate(c);
            long imported = ids[1], dated = ids[4];              // i % 3 != 0: genres from an import
            c.setTitleAndYear(dated, null, 1938);
            var data = TrainRun.trainingData(c, ENC);
            List<Long> order = new java.util.TreeMap<>(c.confirmedGenres()).keySet().stream().toList();
            assertFalse(data.curated().get(order.indexOf(imported)), "imported genres and year are not the dealer's word");
            assertTrue(data.curated().get(order.indexOf(dated)), "a year the curator typed is");
            assertTrue(data.curated().get(order.indexOf(ids[0])), "genres the curator confirmed are");
            assertEquals(1938, data.years().get(order.indexOf(dated)));
        }
    }

    @Test
    void headsForAnotherEncoderOrDimensionAreRefused() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            populate(c);
            new TrainRun(c, config()).run(ENC, TrainingListener.NONE, () -> false);
            HeadsException wrongDim = assertThrows(HeadsException.class, () -> TrainedHeads.load(c, ENC, DIM + 1));
            assertTrue(wrongDim.getMessage().contains("retrain"), wrongDim.getMessage());
            HeadsException none = assertThrows(HeadsException.class, () -> TrainedHeads.load(c, "other-encoder", DIM));
            assertTrue(none.getMessage().contains("affiche train"), none.getMessage());
            var heads = app.affiche.heads.HeadsCodec.decode(c.loadHeads(ENC).orElseThrow());
            assertThrows(HeadsException.class, () -> TrainedHeads.check(heads, "other-encoder", DIM));
        }
    }

    @Test
    void trainingWithoutLabelsOrEmbeddingsSaysWhatToDo() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            HeadsException noLabels = assertThrows(HeadsException.class,
                    () -> new TrainRun(c, config()).run(ENC, TrainingListener.NONE, () -> false));
            assertTrue(noLabels.getMessage().contains("no confirmed labels"), noLabels.getMessage());
            populate(c);
            HeadsException noEmb = assertThrows(HeadsException.class,
                    () -> new TrainRun(c, config()).run("unknown-encoder", TrainingListener.NONE, () -> false));
            assertTrue(noEmb.getMessage().contains("no embeddings for encoder unknown-encoder: run `affiche embed`"),
                    noEmb.getMessage());
        }
    }
}
