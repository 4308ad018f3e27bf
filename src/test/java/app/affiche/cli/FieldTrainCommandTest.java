package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** `affiche train --field` and `affiche tag` on a real catalogue file: the report beside its baseline, exit codes. */
class FieldTrainCommandTest {
    private static final String ENC = "test-encoder";

    @TempDir
    Path dir;

    @Test
    void trainReportsTheBaselineTagStoresPredictionsAndBadRequestsExitNonZero() {
        Path db = dir.resolve("c.db");
        try (Catalogue c = Catalogue.open(db)) {
            c.addField("grade", FieldType.CATEGORY);
            c.addField("note", FieldType.TEXT);
            Random r = new Random(9);
            for (int i = 0; i < 80; i++) {
                long id = c.addPoster(new NewPoster(String.format("%064x", i + 1), "p" + i + ".jpg", 1, 1, 1, "jpeg",
                        null, null, null, null));
                float[] e = new float[8];
                for (int j = 0; j < e.length; j++) e[j] = (float) r.nextGaussian();
                c.putEmbedding(id, ENC, e);
                if (i < 60) c.setFieldValues(id, Map.of("grade", e[2] > 0 ? "A" : "B"));
            }
        }
        String cat = db.toString();
        CliRun train = CliRun.of("--catalogue", cat, "train", "--encoder", ENC, "--field", "grade");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("field grade (category) trained on 60 labelled posters"), train.out());
        assertTrue(train.out().matches("(?s).*balanced accuracy +0\\.\\d{3} +0\\.\\d{3}.*"), train.out());

        CliRun tag = CliRun.of("--catalogue", cat, "tag", "--encoder", ENC);
        assertEquals(0, tag.exitCode(), tag.err());
        assertTrue(tag.out().contains("field grade: predicted on 20 posters without a confirmed value"), tag.out());

        CliRun unknown = CliRun.of("--catalogue", cat, "train", "--encoder", ENC, "--field", "price");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown field 'price' (fields: grade, note)"), unknown.err());
        assertEquals(2, CliRun.of("--catalogue", cat, "train", "--encoder", ENC, "--field", "note").exitCode());
        assertEquals(2, CliRun.of("--catalogue", cat, "train", "--encoder", ENC, "--bins", "a<1<=b").exitCode());
        CliRun none = CliRun.of("--catalogue", cat, "train", "--encoder", "other", "--field", "grade");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no embeddings for encoder other"), none.err());
    }
}
