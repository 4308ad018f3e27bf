package app.affiche.catalogue;

import app.affiche.SharedData;
import app.affiche.poster.Poster;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** The shared posters.csv imports as it is. A sample of its posters is catalogued directly (no decoding needed). */
class SharedPostersCsvTest {
    @TempDir
    Path dir;

    @Test
    void sharedPostersCsvImportsAsItIs() throws Exception {
        Path csv = SharedData.postersCsv();
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        List<CSVRecord> sample = rows.stream().filter(r -> r.getRecordNumber() % 50 == 1).toList();
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            for (CSVRecord r : sample) c.addPoster(TestPosters.of(csv.resolveSibling(r.get("file"))));
            LabelImportReport report = CsvLabelImport.apply(c, csv);
            assertEquals(sample.size(), report.applied(), "every catalogued poster's line applies");
            assertEquals(List.of(), report.errors(), "posters not in this sample are skipped, not rejected");
            assertEquals(rows.size() - sample.size(), report.unmatched().size());
            for (CSVRecord r : sample) {
                String path = csv.resolveSibling(r.get("file")).toAbsolutePath().normalize().toString();
                Poster p = c.poster(c.posterIdByPath(path).orElseThrow()).orElseThrow();
                assertEquals(r.get("title"), p.title());
                assertEquals(Integer.valueOf(r.get("year")), p.year());
                assertEquals(r.get("decade"), p.decade().label());
                assertEquals(new TreeSet<>(Arrays.asList(r.get("genres").split("\\|"))), c.confirmedGenres().get(p.id()));
            }
            assertEquals(Set.of(), c.unknownGenres(Set.of("Drama", "Science Fiction")));
        }
    }
}
