package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.Poster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Labels files through the real command line (export, then import --labels) on real catalogue files. */
class LabelFileCommandsTest {
    @TempDir
    Path dir;

    /** Titles an export must hand back unchanged: leading/trailing whitespace, control characters, guards. */
    private static final List<String> HOSTILE_TITLES = List.of("\tTab first", "\rCR first", "\nNewline first",
            " Space first", " ", "  ", "Trailing space ", "\t", "'=apostrophe guard", "-minus", "\"quoted\" ",
            "line\r\nbreak", "x");

    /** Catalogues one poster per title (real JPEG files under img/) and returns the catalogue file. */
    private Path catalogueWith(Path db, List<String> titles) throws Exception {
        try (Catalogue c = Catalogue.open(db)) {
            for (int i = 0; i < titles.size(); i++) {
                Path img = TestPosters.writeJpeg(dir.resolve("img/p" + i + ".jpg"), i + 1);
                long id = c.addPoster(TestPosters.of(img));
                if (titles.get(i) != null) c.setTitleAndYear(id, titles.get(i), null);
            }
        }
        return db;
    }

    private static List<String> titles(Path db) {
        try (Catalogue c = Catalogue.open(db)) {
            return c.posters(PosterFilter.ALL).stream().map(Poster::title).toList();
        }
    }

    @Test
    void exportedTitlesReImportUnchanged() throws Exception {
        Path first = catalogueWith(dir.resolve("first.db"), HOSTILE_TITLES);
        Path csv = dir.resolve("export.csv");
        CliRun export = CliRun.of("--catalogue", first.toString(), "export", "--csv", csv.toString(),
                "--fields", "sha256,title");
        assertEquals(0, export.exitCode(), export.err());

        Path second = catalogueWith(dir.resolve("second.db"), java.util.Collections.nCopies(HOSTILE_TITLES.size(), null));
        CliRun imported = CliRun.of("--catalogue", second.toString(), "import", dir.resolve("img").toString(),
                "--labels", csv.toString());
        assertEquals(0, imported.exitCode(), imported.err() + imported.out());
        assertEquals(HOSTILE_TITLES, titles(second));
    }

    private String sha(Path db, int poster) {
        try (Catalogue c = Catalogue.open(db)) {
            return c.poster(poster).orElseThrow().sha256();
        }
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLineOfTheBadByteAndImportsNothing() throws Exception {
        Path db = catalogueWith(dir.resolve("c.db"), java.util.Arrays.asList(null, null));
        byte[] latin1 = "file,title\nimg/p0.jpg,Caf\u00e9 Society\nimg/p1.jpg,Plain\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path csv = java.nio.file.Files.write(dir.resolve("latin1.csv"), latin1);
        CliRun run = CliRun.of("--catalogue", db.toString(), "import", dir.resolve("img").toString(), "--labels",
                csv.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("labels " + csv + " line 2: not UTF-8 (byte 0xE9 at byte 15 of the line)"),
                run.err());
        assertFalse(run.err().contains("Input length"), run.err());
        assertEquals(java.util.Arrays.asList(null, null), titles(db), "nothing from the file was applied");
    }

    @Test
    void aPosterNamedTwiceGetsTheLastLineWithAWarning() throws Exception {
        Path db = catalogueWith(dir.resolve("c.db"), java.util.Arrays.asList(null, null));
        Path csv = java.nio.file.Files.writeString(dir.resolve("dup.csv"), "sha256,file,title,year,genres\n"
                + sha(db, 1) + ",,First,1950,Drama\n"
                + ",img/p1.jpg,Only,1960,Comedy\n"
                + ",img/p0.jpg,Last,,Western\n");
        CliRun run = CliRun.of("--catalogue", db.toString(), "import", dir.resolve("img").toString(), "--labels",
                csv.toString());
        assertEquals(0, run.exitCode(), "a duplicate is a warning, not a failure: " + run.err());
        assertTrue(run.err().contains("labels " + csv + " warning: line 4: same poster as line 2; this line is applied "
                + "and line 2 is not (the last line for a poster wins)"), run.err());
        assertTrue(run.out().contains("Labels: 2 line(s) applied, 0 rejected, 1 warning(s)"), run.out());
        try (Catalogue c = Catalogue.open(db)) {
            assertEquals("Last", c.poster(1).orElseThrow().title());
            assertNull(c.poster(1).orElseThrow().year(), "the whole last line wins, not a mix of both");
            assertEquals(java.util.Map.of(1L, java.util.Set.of("Western"), 2L, java.util.Set.of("Comedy")),
                    c.confirmedGenres());
        }
    }

    @Test
    void aHugeTitleIsRefusedWithItsLengthAndTheOtherLinesApply() throws Exception {
        Path db = catalogueWith(dir.resolve("c.db"), java.util.Arrays.asList(null, null));
        Path csv = java.nio.file.Files.writeString(dir.resolve("huge.csv"), "file,title\nimg/p0.jpg,"
                + "x".repeat(20 * 1024 * 1024) + "\nimg/p1.jpg,Fine\n");
        CliRun run = CliRun.of("--catalogue", db.toString(), "import", dir.resolve("img").toString(), "--labels",
                csv.toString(), "--json");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("line 2: the title field is 20,971,520 characters long; at most 4,096 are taken"),
                run.err());
        assertEquals(java.util.Arrays.asList(null, "Fine"), titles(db));
    }

    @Test
    void anImportKilledPartWayKeepsTheLabelsOfThePostersItStored() throws Exception {
        app.affiche.pipeline.ImagingAvailable.assume();
        int total = 120;
        StringBuilder csv = new StringBuilder("file,title,genres\n");
        java.nio.file.Files.createDirectories(dir.resolve("scans"));
        for (int i = 0; i < total; i++) {
            java.nio.file.Files.write(dir.resolve("scans").resolve("s" + i + ".jpg"), TestPosters.jpeg(i, 300, 450));
            csv.append("scans/s").append(i).append(".jpg,Title ").append(i).append(",Drama\n");
        }
        Path labels = java.nio.file.Files.writeString(dir.resolve("labels.csv"), csv);
        Path db = dir.resolve("killed.db");
        Process p = Cli.start(dir.resolve("home"), "--catalogue", db.toString(), "import", dir.resolve("scans").toString(),
                "--labels", labels.toString(), "--workers", "1");
        long stored = 0;
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (stored == 0 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                stored = storedPosters(db);
            }
            p.destroyForcibly(); // kill -9 after the first group of posters is committed
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        try (Catalogue c = Catalogue.open(db)) {
            List<Poster> posters = c.posters(PosterFilter.ALL);
            assertTrue(!posters.isEmpty() && posters.size() < total, "killed part-way: " + posters.size() + " stored");
            for (Poster poster : posters) {
                String name = Path.of(poster.path()).getFileName().toString();
                assertEquals("Title " + name.substring(1, name.indexOf('.')), poster.title(), poster.path());
                assertEquals(java.util.Set.of("Drama"), c.confirmedGenres().get(poster.id()), poster.path());
            }
        }
        Cli.Run resumed = Cli.run(dir.resolve("home"), "--catalogue", db.toString(), "import",
                dir.resolve("scans").toString(), "--labels", labels.toString(), "--json");
        assertEquals(0, resumed.exit(), resumed.err());
        try (Catalogue c = Catalogue.open(db)) {
            assertEquals(total, c.confirmedGenres().size(), "the resumed import labelled the rest");
        }
    }

    /** Posters committed so far, read without the lock (as doctor does); 0 while the file is being created. */
    private static long storedPosters(Path db) {
        if (!java.nio.file.Files.exists(db)) return 0;
        try {
            return app.affiche.catalogue.CatalogueSummary.peek(db).posters();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
