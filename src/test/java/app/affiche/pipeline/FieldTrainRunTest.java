package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.heads.FieldHeadReport;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Field heads against a real SQLite catalogue with made-up embeddings: trained, stored, tagged beside (never over)
 * confirmed values, and every bad request refused with its reason before anything is stored.
 */
class FieldTrainRunTest {
    private static final String ENC = "test-encoder";
    private static final int DIM = 12;

    @TempDir
    Path dir;

    /** 200 posters; condition is "mint" where x0 > 0; price = 10 x1 + 50; the first 150 carry both as imported. */
    private long[] populate(Catalogue c) {
        c.addField("condition", FieldType.CATEGORY);
        c.addField("price", FieldType.NUMBER);
        c.addField("note", FieldType.TEXT);
        Random r = new Random(5);
        long[] ids = new long[200];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = c.addPoster(new NewPoster(String.format("%064x", i + 1), "p" + i + ".jpg", 1000, 100, 150, "jpeg",
                    null, null, null, null));
            float[] e = new float[DIM];
            for (int j = 0; j < DIM; j++) e[j] = (float) r.nextGaussian();
            c.putEmbedding(ids[i], ENC, e);
            if (i < 150) {
                c.applyFieldUpdates(List.of(new app.affiche.catalogue.FieldUpdate(ids[i], List.of(
                        new FieldValue("condition", LabelSource.IMPORT, e[0] > 0 ? "mint" : "worn", null, null),
                        new FieldValue("price", LabelSource.IMPORT, null, 10.0 * e[1] + 50, null)))));
            }
        }
        return ids;
    }

    private static FieldTrainRun run(Catalogue c) {
        return new FieldTrainRun(c, HeadsConfig.defaults().withSeed(1), 5);
    }

    @Test
    void trainedHeadsAreStoredAndTagOnlyPostersWithoutAConfirmedValue() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            long[] ids = populate(c);
            c.setFieldValues(ids[0], Map.of("condition", "worn")); // a curator's word, whatever the head reads
            FieldHeadReport cat = run(c).run("Condition", ENC, null, false, () -> false).report();
            assertEquals(150, cat.samples());
            assertTrue(cat.accuracy() > 0.85 && cat.baselineAccuracy() < 0.65, cat.toString());
            FieldHeadReport reg = run(c).run("price", ENC, null, false, () -> false).report();
            assertTrue(reg.mae() < 0.5 * reg.baselineMae(), reg.toString());
            FieldHeadReport binned = run(c).run("price", ENC, "cheap<50<=dear", false, () -> false).report();
            assertEquals("bins", binned.kind());
            assertEquals("cheap<50<=dear", c.field("price").bins(), "the bins are kept with the field");
            assertTrue(c.fieldHeadProvenance("price", ENC).orElseThrow().contains("\"bins\":\"cheap<50<=dear\""));

            assertEquals(Map.of("condition", 50, "price", 50), FieldHeads.tag(c, ENC, () -> false));
            assertTrue(c.fieldValues(ids[0]).stream().noneMatch(v -> v.source() == LabelSource.MODEL),
                    "no prediction where a value is confirmed");
            assertEquals("worn", c.confirmedFieldValues("condition").get(ids[0]).text());
            List<FieldValue> unlabelled = c.fieldValues(ids[199]);
            assertEquals(2, unlabelled.size(), unlabelled.toString());
            for (FieldValue v : unlabelled) {
                assertEquals(LabelSource.MODEL, v.source());
                assertTrue(v.confidence() > 0.5 && v.confidence() <= 1, v.toString());
            }
        }
    }

    @Test
    void badRequestsAreRefusedWithTheirReasonAndStoreNothing() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            long[] ids = populate(c);
            assertMessage(IllegalArgumentException.class, "unknown field 'rating' (fields: condition, note, price)",
                    () -> run(c).run("rating", ENC, null, false, () -> false));
            assertMessage(IllegalArgumentException.class, "field note is text",
                    () -> run(c).run("note", ENC, null, false, () -> false));
            assertMessage(IllegalArgumentException.class, "--bins is for number fields",
                    () -> run(c).run("condition", ENC, "a<1<=b", false, () -> false));
            assertMessage(IllegalArgumentException.class, "bad bins 'cheap<dear'",
                    () -> run(c).run("price", ENC, "cheap<dear", false, () -> false));
            assertMessage(HeadsException.class, "'dear' has 0 labelled posters with embeddings, needs 10",
                    () -> run(c).run("price", ENC, "cheap<1000<=dear", false, () -> false));
            assertNull(c.field("price").bins(), "refused bins are not kept");

            c.addField("grade", FieldType.CATEGORY);
            for (int i = 0; i < 40; i++) c.setFieldValues(ids[i], Map.of("grade", "A"));
            assertMessage(HeadsException.class, "field grade has one value ('A') on its 40 labelled posters",
                    () -> run(c).run("grade", ENC, null, false, () -> false));
            c.addField("weight", FieldType.NUMBER);
            for (int i = 0; i < 12; i++) c.setFieldValues(ids[i], Map.of("weight", Integer.toString(i)));
            assertMessage(HeadsException.class, "field weight has 12 labelled posters with embeddings (12 labelled in "
                    + "all), needs 20", () -> run(c).run("weight", ENC, null, false, () -> false));
            assertEquals(List.of(), c.fieldsWithHeads(ENC), "no head stored by any refused training");
        }
    }

    private static void assertMessage(Class<? extends Exception> type, String part, org.junit.jupiter.api.function.Executable run) {
        Exception e = assertThrows(type, run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
