package app.affiche.pipeline;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.FieldUpdate;
import app.affiche.catalogue.NewPoster;
import app.affiche.embedding.Encoder;
import app.affiche.heads.FieldHeadReport;
import app.affiche.heads.HeadsConfig;
import app.affiche.imaging.PosterDecoder;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Sha256;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Real field heads on 300 shared posters (real fp32 encoder, real SQLite catalogue): a field that is a function of
 * the genres (family: Animation or Family) is read well above its baseline; the same values shuffled over the posters
 * are not. Skips when the shared posters or the model are absent.
 */
class FieldHeadsSharedSampleTest {
    @TempDir
    Path dir;

    @Test
    void aFieldFollowingTheGenresBeatsItsBaselineAndShuffledValuesDoNot() throws Exception {
        Path csv = SharedData.postersCsv();
        Assumptions.assumeTrue(Files.isDirectory(SharedData.models()), "no shared models: skipping");
        List<LabelledCsv.Row> rows = new ArrayList<>(LabelledCsv.read(csv));
        Collections.shuffle(rows, new Random(11));
        List<LabelledCsv.Row> family = rows.stream().filter(FieldHeadsSharedSampleTest::family).limit(120).toList();
        List<LabelledCsv.Row> sample = new ArrayList<>(family);
        rows.stream().filter(r -> !family(r)).limit(180).forEach(sample::add);

        try (Encoder enc = RealEncoder.open(); Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            FileEmbedder.Result embedded = new FileEmbedder(enc, new PosterDecoder(), EmbeddingCache.inMemory())
                    .embed(sample.stream().map(LabelledCsv.Row::file).toList());
            c.addField("audience", FieldType.CATEGORY);
            c.addField("shuffled", FieldType.CATEGORY);
            List<String> values = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            Map<Long, float[]> vectors = new java.util.HashMap<>();
            for (LabelledCsv.Row r : sample) {
                float[] e = embedded.embeddings().get(r.file());
                if (e == null) continue;
                long id = c.addPoster(new NewPoster(Sha256.of(r.file()), r.file().toString(), Files.size(r.file()),
                        1, 1, "JPEG", null, null, null, null));
                vectors.put(id, e);
                ids.add(id);
                values.add(family(r) ? "family" : "general");
            }
            c.putEmbeddings(enc.id(), vectors);
            List<String> shuffled = new ArrayList<>(values);
            Collections.shuffle(shuffled, new Random(3));
            List<FieldUpdate> updates = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                updates.add(new FieldUpdate(ids.get(i), List.of(
                        new FieldValue("audience", LabelSource.IMPORT, values.get(i), null, null),
                        new FieldValue("shuffled", LabelSource.IMPORT, shuffled.get(i), null, null))));
            }
            c.applyFieldUpdates(updates);

            FieldTrainRun run = new FieldTrainRun(c, HeadsConfig.defaults().withSeed(2), 5);
            FieldHeadReport real = run.run("audience", enc.id(), null, false, () -> false).report();
            FieldHeadReport noise = run.run("shuffled", enc.id(), null, false, () -> false).report();
            assertTrue(real.samples() >= 290, real.toString());
            assertTrue(real.balancedAccuracy() > 0.70 && real.balancedAccuracy() > real.baselineBalancedAccuracy() + 0.15,
                    "genre-borne field: " + real);
            assertTrue(real.macroF1() > real.baselineMacroF1() + 0.2, real.toString());
            assertTrue(noise.balancedAccuracy() < 0.6, "shuffled values carry nothing to learn: " + noise);
            assertTrue(real.balancedAccuracy() > noise.balancedAccuracy() + 0.15, real + " vs " + noise);
        }
    }

    private static boolean family(LabelledCsv.Row r) {
        return r.genres().contains("Animation") || r.genres().contains("Family");
    }
}
