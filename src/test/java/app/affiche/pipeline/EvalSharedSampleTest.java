package app.affiche.pipeline;

import app.affiche.SharedData;
import app.affiche.embedding.DeviceChoice;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.Metrics;
import app.affiche.imaging.PosterDecoder;
import app.affiche.poster.Genres;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `affiche eval` on a sample of the shared posters with the real fp32 encoder: 600 posters to train, 200 to test
 * plus one missing and one unreadable image. Skips when the shared data or the model is absent.
 */
class EvalSharedSampleTest {
    @TempDir
    Path dir;

    @Test
    void evalReportsEveryKeyInRangeAndBeatsAlwaysDrama() throws Exception {
        Path postersCsv = SharedData.postersCsv();
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32");
        Path model = SharedData.models().resolve(spec.file());
        Assumptions.assumeTrue(Files.exists(model), "no encoder model at " + model + ": skipping the eval sample");

        List<CSVRecord> rows = new ArrayList<>();
        try (var p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(postersCsv))) {
            p.forEach(rows::add);
        }
        Collections.shuffle(rows, new Random(17));
        Path images = postersCsv.getParent();
        Path train = write(dir.resolve("train.csv"), rows.subList(0, 600), images, false);
        Path test = write(dir.resolve("test.csv"), rows.subList(600, 800), images, true);

        try (Encoder enc = Encoders.open(spec, model, new Encoders.Options(DeviceChoice.CPU, 0), m -> { })) {
            FileEmbedder embedder = new FileEmbedder(enc, new PosterDecoder(), EmbeddingCache.inMemory());
            // 100 labels a decade (150 by default) so that a 600-poster sample has per-decade heads to report
            HeadsConfig config = HeadsConfig.defaults().withSeed(3).withMinimums(10, 100);
            EvalRun.Outcome o = new EvalRun(config, enc.id(), embedder::embed)
                    .run(LabelledCsv.read(train), LabelledCsv.read(test));
            Map<String, Object> json = EvalJson.of(o, 3, enc.id());
            for (String k : List.of("micro_f1", "macro_f1", "weighted_f1", "decade_exact", "decade_within_1"))
                assertInRange(json.get(k), k);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> byEra = (Map<String, Map<String, Object>>) json.get("by_era");
            for (String era : List.of("pre1980", "from1980"))
                for (String k : List.of("micro_f1", "macro_f1", "weighted_f1")) assertInRange(byEra.get(era).get(k), era + "." + k);
            assertEquals(2, json.get("excluded_count"));
            // each interval holds its score, and 200 test posters cannot pin macro-F1 down to a hundredth
            var intervals = o.report().intervals();
            assertEquals(List.of("all", "pre1980", "from1980"), List.copyOf(intervals.keySet()));
            assertTrue(intervals.get("all").get("macro_f1").contains(o.report().overall().macroF1()), intervals.toString());
            assertTrue(intervals.get("pre1980").get("weighted_f1").contains(o.report().byEra().get("pre1980").weightedF1()));
            var macro = intervals.get("all").get("macro_f1");
            assertTrue(macro.high() - macro.low() > 0.02, "macro-F1 interval on 200 posters: " + macro);
            assertTrue(json.containsKey("intervals_95"));
            Map<String, Long> perDecade = new java.util.TreeMap<>();
            for (CSVRecord r : rows.subList(0, 600)) perDecade.merge(r.get("decade"), 1L, Long::sum);
            List<String> expected = new ArrayList<>(List.of("global"));
            perDecade.forEach((d, n) -> {
                if (n >= config.minDecadeLabels()) expected.add(d);
            });
            expected.add("decade");
            assertTrue(expected.size() > 2, "the sample has decades with their own heads: " + perDecade);
            assertEquals(expected, json.get("heads"), "per-decade heads exactly where a decade has enough labels " + perDecade);
            assertEquals(200, o.testSamples());
            assertTrue(o.report().excluded().stream().anyMatch(e -> e.contains("missing.jpg: file not found")), o.report().excluded().toString());

            List<Set<String>> truth = new ArrayList<>(), drama = new ArrayList<>();
            for (LabelledCsv.Row r : LabelledCsv.read(test)) {
                if (!Files.isRegularFile(r.file()) || r.file().getFileName().toString().startsWith("broken")) continue;
                truth.add(r.genres());
                drama.add(Set.of("Drama"));
            }
            double alwaysDrama = Metrics.summarise(Genres.TMDB, truth, drama).macroF1();
            assertTrue(o.report().overall().macroF1() > alwaysDrama + 0.1,
                    "macro F1 " + o.report().overall().macroF1() + " vs always-Drama " + alwaysDrama);
            assertTrue(o.report().decadeWithin1() > 0.4, "decade within ±1: " + o.report().decadeWithin1());
        }
    }

    private static void assertInRange(Object v, String key) {
        assertNotNull(v, key + " missing");
        double d = ((Number) v).doubleValue();
        assertTrue(d >= 0 && d <= 1, key + " = " + d);
    }

    private Path write(Path csv, List<CSVRecord> rows, Path images, boolean addBad) throws Exception {
        try (Writer w = Files.newBufferedWriter(csv);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            out.printRecord("file", "imdb_id", "title", "year", "decade", "genres", "rating", "label_source");
            for (CSVRecord r : rows)
                out.printRecord(dir.relativize(images.resolve(r.get("file"))), r.get("imdb_id"), r.get("title"),
                        r.get("year"), r.get("decade"), r.get("genres"), r.get("rating"), r.get("label_source"));
            if (addBad) {
                Files.writeString(dir.resolve("broken.jpg"), "not an image");
                out.printRecord("missing.jpg", "tt0", "Missing", "1950", "1950s", "Drama", "", "test");
                out.printRecord("broken.jpg", "tt1", "Broken", "1990", "1990s", "Comedy", "", "test");
            }
        }
        return csv;
    }
}
