package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import app.affiche.ui.UiTestData;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Title and year carry their source like genres: what a curator set with `affiche label` survives `import --labels`,
 * the import says how many it kept, and still fills what no curator set. Real command line, real catalogue file.
 */
class TitleYearProvenanceTest {
    @TempDir
    Path dir;

    private CliRun affiche(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--catalogue";
        all[1] = dir.resolve("c.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private Poster poster(String file) {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            return c.poster(c.posterIdByPath(dir.resolve("images").resolve(file).toString()).orElseThrow()).orElseThrow();
        }
    }

    @Test
    void aCuratorsTitleAndYearSurviveImportLabelsWhichCountsThemAndFillsTheRest() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        UiTestData.writePosters(images, 3);
        assertEquals(0, affiche("import", images.toString()).exitCode());
        assertEquals(0, affiche("label", images.resolve("poster-00.jpg").toString(), "--title", "Stagecoach",
                "--year", "1939").exitCode());
        assertEquals(0, affiche("label", images.resolve("poster-01.jpg").toString(), "--year", "1962").exitCode());
        Path labels = Files.writeString(dir.resolve("labels.csv"), """
                file,title,year,genres
                images/poster-00.jpg,Stagecoach (re-release),1948,Western
                images/poster-01.jpg,Lawrence of Arabia,1963,Drama
                images/poster-02.jpg,Alien,1979,Horror
                """);

        CliRun json = affiche("import", images.toString(), "--labels", labels.toString(), "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonObject counts = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonObject("labels");
        assertEquals(3, counts.get("applied").getAsInt(), json.out());
        assertEquals(1, counts.get("keptCuratorTitles").getAsInt(), json.out());
        assertEquals(2, counts.get("keptCuratorYears").getAsInt(), json.out());
        assertEquals(0, counts.get("keptCurator").getAsInt(), "no curator genres to keep: " + json.out());

        Poster curated = poster("poster-00.jpg");
        assertEquals("Stagecoach", curated.title());
        assertEquals(1939, curated.year());
        assertEquals(LabelSource.CURATOR, curated.titleSource());
        assertEquals(LabelSource.CURATOR, curated.yearSource());
        Poster yearOnly = poster("poster-01.jpg");
        assertEquals("Lawrence of Arabia", yearOnly.title(), "no curator title: the import fills it");
        assertEquals(LabelSource.IMPORT, yearOnly.titleSource());
        assertEquals(1962, yearOnly.year());
        assertEquals(LabelSource.CURATOR, yearOnly.yearSource());
        Poster untouched = poster("poster-02.jpg");
        assertEquals("Alien", untouched.title());
        assertEquals(1979, untouched.year());
        assertEquals(LabelSource.IMPORT, untouched.yearSource());

        var listed = JsonParser.parseString(affiche("list", "--json").out()).getAsJsonArray().asList().stream()
                .map(e -> e.getAsJsonObject()).filter(o -> o.get("title").getAsString().equals("Stagecoach")).toList();
        assertEquals("curator", listed.getFirst().get("titleSource").getAsString(), "list --json says the source");

        CliRun text = affiche("import", images.toString(), "--labels", labels.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Labels: 3 line(s) applied (kept 1 curator title, 2 curator years), 0 rejected"),
                text.out());

        Path export = dir.resolve("export.csv");
        assertEquals(0, affiche("export", "--csv", export.toString()).exitCode());
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(export)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        rows = rows.stream().sorted(java.util.Comparator.comparing(r -> r.get("path"))).toList(); // import order varies
        assertEquals(List.of("curator", "import", "import"), rows.stream().map(r -> r.get("title_source")).toList());
        assertEquals(List.of("curator", "curator", "import"), rows.stream().map(r -> r.get("year_source")).toList());
        assertEquals("sha256", rows.getFirst().getParser().getHeaderNames().getFirst(), "existing columns unchanged");
    }

    @Test
    void aLabelsFileAgreeingWithTheCuratorKeepsNothingAndALaterCuratorLabelWinsAgain() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        UiTestData.writePosters(images, 1);
        Path labels = Files.writeString(dir.resolve("labels.csv"), "file,title,year\nimages/poster-00.jpg,Rio Bravo,1959\n");
        assertEquals(0, affiche("import", images.toString(), "--labels", labels.toString()).exitCode());
        assertEquals(LabelSource.IMPORT, poster("poster-00.jpg").titleSource());

        assertEquals(0, affiche("label", images.resolve("poster-00.jpg").toString(), "--title", "Rio Bravo").exitCode());
        assertEquals(LabelSource.CURATOR, poster("poster-00.jpg").titleSource(), "the curator confirmed it");
        CliRun same = affiche("import", images.toString(), "--labels", labels.toString());
        assertTrue(same.out().contains("Labels: 1 line(s) applied, 0 rejected"), "nothing lost, nothing counted: " + same.out());

        assertEquals(0, affiche("label", images.resolve("poster-00.jpg").toString(), "--year", "1958").exitCode());
        CliRun differs = affiche("import", images.toString(), "--labels", labels.toString());
        assertTrue(differs.out().contains("(kept 1 curator year)"), differs.out());
        assertEquals(1958, poster("poster-00.jpg").year());
    }
}
