package app.affiche.catalogue;

import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class CsvExportImportTest extends EngineCase {

    private static final String HOSTILE_TITLE = "=HYPERLINK(\"http://x\",\"click\"), \"quoted\"\nsecond line";

    private long[] fill(Catalogue c) throws Exception {
        long a = c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/a.jpg"), 1)));
        long b = c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/b.jpg"), 2)));
        long d = c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/d.jpg"), 3)));
        c.addGenre("Film Noir");
        c.setTitleAndYear(a, HOSTILE_TITLE, 1946);
        c.setConfirmedLabels(a, Set.of("Film Noir", "Crime"), LabelSource.CURATOR);
        c.setTitleAndYear(b, "-1 +2 @home 'quoted'", 1977);
        c.setConfirmedLabels(b, Set.of("Science Fiction"), LabelSource.IMPORT);
        c.setModelLabels(b, Map.of("Action", 0.81));
        c.setTitleAndYear(d, "'apostrophe first", null);
        return new long[]{a, b, d};
    }

    private static List<CSVRecord> parse(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (Reader r = new StringReader(text)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void exportQuotesNeutralisesFormulasAndWritesBomOnRequest() throws Exception {
        Path csv = dir.resolve("out.csv");
        try (Catalogue c = open("catalogue.db")) {
            fill(c);
            assertEquals(3, CsvExport.write(c, csv, ExportField.parse("sha256,title,year,decade,genres,"
                    + "suggested_genres,label_source,dominant"), true));
            assertEquals(3, CsvExport.write(c, dir.resolve("plain.csv"), ExportField.parse("title"), false));
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        assertNotEquals((byte) 0xEF, Files.readAllBytes(dir.resolve("plain.csv"))[0], "no BOM unless asked");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\"), \"\"quoted\"\"\nsecond line\""),
                "RFC 4180 quoting with a formula guard: " + text);
        List<CSVRecord> rows = parse(csv);
        assertEquals("'=HYPERLINK(\"http://x\",\"click\"), \"quoted\"\nsecond line", rows.get(0).get("title"));
        assertEquals("Crime|Film Noir", rows.get(0).get("genres"));
        assertEquals("curator", rows.get(0).get("label_source"));
        assertEquals("1940s", rows.get(0).get("decade"));
        assertEquals("#A03020", rows.get(0).get("dominant"));
        assertEquals("'-1 +2 @home 'quoted'", rows.get(1).get("title"));
        assertEquals("Action:0.810", rows.get(1).get("suggested_genres"));
        assertEquals("''apostrophe first", rows.get(2).get("title"));
        assertThrows(IllegalArgumentException.class, () -> ExportField.parse("sha256,nope"));
    }

    @Test
    void exportRoundTripsThroughLabelImport() throws Exception {
        Path csv = dir.resolve("out.csv");
        List<Poster> before;
        Map<Long, Set<String>> genresBefore;
        try (Catalogue c = open("first.db")) {
            fill(c);
            CsvExport.write(c, csv, ExportField.DEFAULT, true);
            before = c.posters(PosterFilter.ALL);
            genresBefore = c.confirmedGenres();
        }
        try (Catalogue fresh = open("second.db")) {
            for (String f : List.of("a", "b", "d")) fresh.addPoster(TestPosters.of(dir.resolve("img/" + f + ".jpg")));
            fresh.addGenre("Film Noir");
            LabelImportReport report = CsvLabelImport.apply(fresh, csv);
            assertEquals(List.of(), report.errors());
            assertEquals(3, report.applied());
            assertEquals(before.stream().map(p -> p.title() + "/" + p.year()).toList(),
                    fresh.posters(PosterFilter.ALL).stream().map(p -> p.title() + "/" + p.year()).toList());
            assertEquals(genresBefore, fresh.confirmedGenres());
            assertTrue(fresh.labels(1).stream().allMatch(l -> l.source() == LabelSource.IMPORT));
        }
    }

    @Test
    void badLinesAreReportedWithLineNumbersAndGoodLinesApplied() throws Exception {
        try (Catalogue c = open("catalogue.db")) {
            for (String f : List.of("a", "b", "c", "d", "e")) {
                c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("images/" + f + ".jpg"), f.hashCode())));
            }
            Path csv = Files.writeString(dir.resolve("labels.csv"), """
                    file,imdb_id,title,year,decade,genres,rating,label_source
                    images/a.jpg,tt1,Good One,1951,1950s,Drama|Crime,7.1,x
                    images/b.jpg,tt2,Missing Column,1952,1950s,Drama
                    images/c.jpg,tt3,Bad Year,19x2,1950s,Drama,,x
                    images/d.jpg,tt4,Unknown Genre,1953,1950s,Drama|Film Noir,,x
                    images/e.jpg,tt5,"Multi
                    line, fine",1954,1950s,Comedy,,x
                    images/nope.jpg,tt6,No Such Poster,1955,1950s,Drama,,x
                    images/b.jpg,tt7,"Unterminated,1956,1950s,Drama,,x
                    images/c.jpg,tt8,After The Break,1957,1950s,Drama,,x
                    """);
            LabelImportReport report = CsvLabelImport.apply(c, csv);
            assertEquals(2, report.applied(), report.toString());
            List<LabelImportReport.LineError> errors = report.errors();
            assertEquals(List.of(3L, 4L, 5L, 9L), errors.stream().map(LabelImportReport.LineError::line).toList(),
                    errors.toString());
            assertTrue(errors.get(0).reason().startsWith("missing column"), errors.get(0).reason());
            assertTrue(errors.get(1).reason().startsWith("bad year '19x2'"), errors.get(1).reason());
            assertTrue(errors.get(2).reason().startsWith("unknown genre 'Film Noir'"), errors.get(2).reason());
            assertTrue(errors.get(3).reason().contains("unterminated quote"), errors.get(3).reason());
            assertEquals(List.of(8L), report.unmatched().stream().map(LabelImportReport.LineError::line).toList(),
                    "a line for a poster not catalogued is skipped, not an error");
            assertTrue(report.unmatched().getFirst().reason().startsWith("no catalogued poster for file"));

            Map<String, Poster> byTitle = new java.util.HashMap<>();
            for (Poster p : c.posters(PosterFilter.ALL)) byTitle.put(String.valueOf(p.title()), p);
            assertEquals(1951, byTitle.get("Good One").year());
            assertEquals(Set.of("Crime", "Drama"), c.confirmedGenres().get(byTitle.get("Good One").id()));
            assertEquals(Set.of("Comedy"), c.confirmedGenres().get(byTitle.get("Multi\nline, fine").id()));
            assertEquals(2, c.confirmedGenres().size(), "rejected lines changed nothing: " + byTitle.keySet());
            assertEquals(3, c.posters(PosterFilter.ALL).stream().filter(p -> p.title() == null).count(),
                    "the posters of rejected lines are still untitled");
        }
    }

    @Test
    void matchesBySha256ColumnAndRejectsAFileWithoutKeyColumn() throws Exception {
        try (Catalogue c = open("catalogue.db")) {
            NewPoster p = TestPosters.fake(4);
            long id = c.addPoster(p);
            Path csv = Files.writeString(dir.resolve("sha.csv"), "\uFEFFsha256,title,genres,extra\n"
                    + p.sha256().toUpperCase() + ",By Hash,Western,ignored\n");
            assertEquals(1, CsvLabelImport.apply(c, csv).applied());
            assertEquals("By Hash", c.poster(id).orElseThrow().title());
            Path noKey = Files.writeString(dir.resolve("nokey.csv"), "title,genres\nX,Drama\n");
            LabelImportReport report = CsvLabelImport.apply(c, noKey);
            assertEquals(0, report.applied());
            assertTrue(report.errors().getFirst().reason().contains("no sha256, file or path column"));
        }
    }
}
