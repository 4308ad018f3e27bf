package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.LabelSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** `affiche export` through the real command line: undated posters get the decade head's era beside the confirmed one. */
class ExportPredictedDecadeTest {
    @TempDir
    Path dir;

    @Test
    void undatedPostersGetThePredictedDecadeAndItsProbability() throws Exception {
        Path db = dir.resolve("c.db");
        Random r = new Random(11);
        long undated;
        try (Catalogue c = Catalogue.open(db)) {
            for (int i = 0; i < 200; i++) {
                int decade = (i % 4) * 10;
                long id = c.addPoster(new NewPoster(String.format("%064x", i + 3), "p" + i + ".jpg", 10, 10, 15, "jpeg",
                        "Poster " + i, 1950 + decade, null, null));
                float[] v = new float[16];
                for (int j = 0; j < v.length; j++) v[j] = (float) r.nextGaussian() * 0.3f;
                v[decade / 10] += 3; // each decade its own direction: the decade head can learn it
                c.putEmbedding(id, HeadsCli.DEFAULT_ENCODER, v);
                c.setConfirmedLabels(id, Set.of(v[8] > 0 ? "Horror" : "Drama"), LabelSource.IMPORT);
            }
            undated = c.addPoster(new NewPoster(String.format("%064x", 999), "undated.jpg", 10, 10, 15, "jpeg",
                    "No year", null, null, null));
            float[] sixties = new float[16];
            sixties[1] = 3;
            c.putEmbedding(undated, HeadsCli.DEFAULT_ENCODER, sixties);
            c.addPoster(new NewPoster(String.format("%064x", 1000), "not-embedded.jpg", 10, 10, 15, "jpeg", null, null, null, null));
        }
        CliRun train = CliRun.of("--catalogue", db.toString(), "train");
        assertEquals(0, train.exitCode(), train.err());

        Path csv = dir.resolve("out.csv");
        CliRun export = CliRun.of("--catalogue", db.toString(), "export", "--csv", csv.toString());
        assertEquals(0, export.exitCode(), export.err());
        List<CSVRecord> rows = read(csv);
        assertEquals(List.of("sha256", "path", "title", "year", "decade", "predicted_decade", "predicted_decade_probability",
                "era_text"), rows.getFirst().getParser().getHeaderNames().subList(0, 8), "beside the confirmed decade, by default");
        CSVRecord noYear = rows.stream().filter(x -> x.get("path").equals("undated.jpg")).findFirst().orElseThrow();
        assertEquals("", noYear.get("decade"));
        assertEquals("1960s", noYear.get("predicted_decade"));
        double p = Double.parseDouble(noYear.get("predicted_decade_probability"));
        assertTrue(p > 0.5 && p < 1, "a probability, never a certainty: " + p);
        assertTrue(noYear.get("era_text").contains("1960s"), noYear.get("era_text"));
        CSVRecord bare = rows.stream().filter(x -> x.get("path").equals("not-embedded.jpg")).findFirst().orElseThrow();
        assertEquals("", bare.get("predicted_decade"), "no embedding, no estimate");
        assertEquals(202, rows.size());
    }

    @Test
    void withoutTrainedHeadsThePredictedColumnsAreEmptyAndStderrSaysWhy() throws Exception {
        Path db = dir.resolve("bare.db");
        try (Catalogue c = Catalogue.open(db)) {
            c.addPoster(new NewPoster(String.format("%064x", 5), "a.jpg", 10, 10, 15, "jpeg", null, null, null, null));
        }
        Path csv = dir.resolve("bare.csv");
        CliRun export = CliRun.of("--catalogue", db.toString(), "export", "--csv", csv.toString(),
                "--fields", "path,predicted_decade,era_text");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.err().contains("predicted decade left empty"), export.err());
        assertEquals("", read(csv).getFirst().get("predicted_decade"));
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
