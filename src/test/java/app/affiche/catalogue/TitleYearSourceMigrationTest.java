package app.affiche.catalogue;

import app.affiche.cli.AfficheCommand;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A catalogue made by schema 3 (titles and years without a source) opened by the real command line: it is backed up,
 * keeps every value, and each title and year gets the best-known source (curator where a curator labelled the
 * poster), which the next `import --labels` then respects.
 */
class TitleYearSourceMigrationTest {
    @TempDir
    Path dir;

    private NewPoster poster(String name, int seed, String title, Integer year) throws Exception {
        NewPoster p = TestPosters.of(TestPosters.writeJpeg(dir.resolve("img").resolve(name), seed));
        return new NewPoster(p.sha256(), p.path(), p.sizeBytes(), p.width(), p.height(), p.format(), title, year,
                null, null);
    }

    @Test
    void aVersion3CatalogueKeepsItsDataAndItsCuratorsTitlesAndYearsSurviveTheNextImport() throws Exception {
        Path file = dir.resolve("catalogue.db");
        try (Catalogue v3 = Catalogue.open(file, 3)) {
            assertEquals(3, v3.schemaVersion());
        }
        long curated = OldCatalogues.insertPoster(file, poster("a.jpg", 1, "Curated", 1950));
        OldCatalogues.insertLabel(file, curated, "Western", "curator");
        long imported = OldCatalogues.insertPoster(file, poster("b.jpg", 2, "Imported", 1960));
        OldCatalogues.insertLabel(file, imported, "Drama", "import");
        long bare = OldCatalogues.insertPoster(file, poster("c.jpg", 3, null, null));
        OldCatalogues.insertLabel(file, bare, "Horror", "model");
        long titleOnly = OldCatalogues.insertPoster(file, poster("d.jpg", 4, "Title only", null));
        Path labels = Files.writeString(dir.resolve("labels.csv"), """
                file,title,year,genres
                img/a.jpg,Other,1951,Drama
                img/b.jpg,Corrected,1961,
                img/c.jpg,Filled,1970,
                """);

        String out = affiche("--catalogue", file.toString(), "import", dir.resolve("img").toString(), "--labels",
                labels.toString());
        assertTrue(out.contains("Imported 0 new poster(s), 4 already catalogued"), out);
        assertTrue(out.contains("(kept curator genres on 1 poster, 1 curator title, 1 curator year)"), out);

        Path backup = Migrations.backupPath(file, 3);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             var rs = c.createStatement().executeQuery("SELECT (SELECT user_version FROM pragma_user_version), "
                     + "count(*), group_concat(title) FROM posters")) {
            rs.next();
            assertEquals(3, rs.getInt(1), "backed up as schema 3 before migrating");
            assertEquals(4, rs.getInt(2));
            assertEquals("Curated,Imported,Title only", rs.getString(3));
        }
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(4, c.count(PosterFilter.ALL));
            assertPoster(c.poster(curated).orElseThrow(), "Curated", LabelSource.CURATOR, 1950, LabelSource.CURATOR);
            assertEquals(List.of("Western"), c.labels(curated).stream().filter(l -> l.source() == LabelSource.CURATOR)
                    .map(GenreLabel::genre).toList(), "curator genres kept too");
            assertPoster(c.poster(imported).orElseThrow(), "Corrected", LabelSource.IMPORT, 1961, LabelSource.IMPORT);
            assertEquals(List.of("Drama"), c.labels(imported).stream().map(GenreLabel::genre).toList());
            assertPoster(c.poster(bare).orElseThrow(), "Filled", LabelSource.IMPORT, 1970, LabelSource.IMPORT);
            assertEquals(LabelSource.MODEL, c.labels(bare).getFirst().source(), "model labels kept");
            assertPoster(c.poster(titleOnly).orElseThrow(), "Title only", LabelSource.IMPORT, null, null);
        }
    }

    private static void assertPoster(Poster p, String title, LabelSource titleSource, Integer year,
                                     LabelSource yearSource) {
        assertEquals(title, p.title());
        assertEquals(titleSource, p.titleSource(), "source of " + title);
        assertEquals(year, p.year());
        assertEquals(yearSource, p.yearSource(), "source of the year of " + title);
    }

    /** Runs the real command line in this JVM; returns its stdout (stderr on failure). */
    private static String affiche(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = AfficheCommand.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
