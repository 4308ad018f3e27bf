package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.LabelSource;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** list, label, export, doctor and import --labels through the real command line, on a real catalogue file. */
class CatalogueCommandsTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("catalogue.db");
    }

    /** Three catalogued posters (stored through the API: these commands need no decoding). */
    private long[] catalogue() throws Exception {
        try (Catalogue c = Catalogue.open(db())) {
            long a = c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/a.jpg"), 1)));
            long b = c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/b.jpg"), 2)));
            long d = c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/d.jpg"), 3)));
            c.setTitleAndYear(a, "Stagecoach", 1939);
            c.setConfirmedLabels(a, Set.of("Western"), LabelSource.IMPORT);
            c.setTitleAndYear(b, "Alien", 1979);
            return new long[]{a, b, d};
        }
    }

    @Test
    void labelByIdShaPrefixOrPathThenListFilters() throws Exception {
        long[] ids = catalogue();
        String sha;
        try (Catalogue c = Catalogue.open(db())) {
            sha = c.poster(ids[1]).orElseThrow().sha256();
        }
        assertEquals(0, CliRun.of("--catalogue", db().toString(), "label", sha.substring(0, 10),
                "--genres", "Science Fiction,horror").exitCode());
        CliRun byPath = CliRun.of("--catalogue", db().toString(), "label", dir.resolve("img/d.jpg").toString(),
                "--genres", "Film Noir", "--add-genre", "--year", "1947", "--title", "Out of the Past");
        assertEquals(0, byPath.exitCode(), byPath.err());

        CliRun list = CliRun.of("--catalogue", db().toString(), "list", "--decade", "1970s", "--json");
        JsonArray rows = JsonParser.parseString(list.out()).getAsJsonArray();
        assertEquals(1, rows.size());
        JsonObject alien = rows.get(0).getAsJsonObject();
        assertEquals("Alien", alien.get("title").getAsString());
        assertEquals("[\"Horror\",\"Science Fiction\"]", alien.get("genres").toString());

        assertEquals(1, JsonParser.parseString(CliRun.of("--catalogue", db().toString(), "list", "--genre",
                "Film Noir", "--json").out()).getAsJsonArray().size());
        assertTrue(CliRun.of("--catalogue", db().toString(), "list").out().contains("Out of the Past"));
        assertEquals(0, JsonParser.parseString(CliRun.of("--catalogue", db().toString(), "list", "--unlabelled",
                "--json").out()).getAsJsonArray().size());
        try (Catalogue c = Catalogue.open(db())) {
            assertEquals(Map.of(ids[0], Set.of("Western"), ids[1], Set.of("Horror", "Science Fiction"),
                    ids[2], Set.of("Film Noir")), c.confirmedGenres());
            assertTrue(c.labels(ids[1]).stream().allMatch(l -> l.source() == LabelSource.CURATOR));
        }
    }

    @Test
    void removeTakesPostersByIdOrPathLeavesTheFilesAndNamesWhatItCannotFind() throws Exception {
        long[] ids = catalogue();
        Path file = dir.resolve("img/d.jpg");
        CliRun run = CliRun.of("--catalogue", db().toString(), "remove", String.valueOf(ids[0]), file.toString(),
                "no-such-poster.jpg");
        assertEquals(1, run.exitCode(), "one reference was not found");
        assertTrue(run.err().contains("no poster 'no-such-poster.jpg'"), run.err());
        assertTrue(run.out().startsWith("Removed 2 posters"), run.out());
        assertTrue(Files.isRegularFile(file), "the image file stays");
        try (Catalogue c = Catalogue.open(db())) {
            assertEquals(java.util.List.of(ids[1]), c.posters(app.affiche.catalogue.PosterFilter.ALL).stream()
                    .map(p -> p.id()).toList());
            assertEquals(Map.of(), c.confirmedGenres(), "the removed poster's labels went with it");
        }
        assertEquals(2, CliRun.of("--catalogue", db().toString(), "remove").exitCode(), "no poster named: usage");
    }

    @Test
    void usageErrorsExitWith2AndALockedCatalogueWith1() throws Exception {
        long[] ids = catalogue();
        CliRun unknown = CliRun.of("--catalogue", db().toString(), "label", Long.toString(ids[0]), "--genres", "Noirish");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown genre 'Noirish'"), unknown.err());
        assertEquals(2, CliRun.of("--catalogue", db().toString(), "label", "999999", "--genres", "Drama").exitCode());
        assertEquals(2, CliRun.of("--catalogue", db().toString(), "export").exitCode(), "--csv is required");
        assertEquals(2, CliRun.of("--catalogue", db().toString(), "list", "--decade", "sixties").exitCode());
        try (Catalogue held = Catalogue.open(db())) {
            // list, export and predict only read and work beside the window (ReadBesideWindowTest); a write is refused
            CliRun locked = CliRun.of("--catalogue", db().toString(), "label", Long.toString(ids[0]), "--genres", "Drama");
            assertEquals(1, locked.exitCode());
            assertTrue(locked.err().contains("is open in this Affiche process"), locked.err());
            assertNotNull(held.file());
        }
    }

    @Test
    void exportedCsvRoundTripsThroughImportLabels() throws Exception {
        app.affiche.pipeline.ImagingAvailable.assume();
        catalogue();
        try (Catalogue c = Catalogue.open(db())) {
            c.setTitleAndYear(3, "=cmd|' /C calc'!A0", 1950);
        }
        Path csv = dir.resolve("export.csv");
        CliRun export = CliRun.of("--catalogue", db().toString(), "export", "--csv", csv.toString(), "--bom",
                "--fields", "path,title,year,genres");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.readString(csv).contains("'=cmd|' /C calc'!A0"));

        Path second = dir.resolve("second.db");
        try (Catalogue c = Catalogue.open(second)) {
            for (String f : new String[]{"a", "b", "d"}) c.addPoster(TestPosters.of(dir.resolve("img/" + f + ".jpg")));
        }
        // The images are already catalogued, so import only skips them (no decoding) and then applies the labels.
        CliRun imported = CliRun.of("--catalogue", second.toString(), "import", dir.resolve("img").toString(),
                "--labels", csv.toString(), "--json");
        assertEquals(0, imported.exitCode(), imported.err() + imported.out());
        JsonObject json = JsonParser.parseString(imported.out()).getAsJsonObject();
        assertEquals(3, json.get("duplicates").getAsInt());
        assertEquals(3, json.getAsJsonObject("labels").get("applied").getAsInt());
        try (Catalogue a = Catalogue.open(db()); Catalogue b = Catalogue.open(second)) {
            assertEquals(a.posters(app.affiche.catalogue.PosterFilter.ALL).stream().map(p -> p.title() + p.year()).toList(),
                    b.posters(app.affiche.catalogue.PosterFilter.ALL).stream().map(p -> p.title() + p.year()).toList());
            assertEquals(a.confirmedGenres(), b.confirmedGenres());
            assertEquals("=cmd|' /C calc'!A0", b.poster(3).orElseThrow().title());
        }
    }

    @Test
    void doctorReportsPathsAndSchemaWithoutCreatingAnything() throws Exception {
        CliRun before = CliRun.of("--catalogue", db().toString(), "doctor");
        assertEquals(0, before.exitCode());
        assertTrue(before.out().contains("Catalogue not created yet"), before.out());
        assertFalse(Files.exists(db()));
        catalogue();
        CliRun after = CliRun.of("--catalogue", db().toString(), "doctor");
        assertTrue(after.out().contains("Java: " + System.getProperty("java.version")), after.out());
        int version;
        try (Catalogue c = Catalogue.openReadOnly(db())) { // the file's own version (other steps get appended)
            version = c.schemaVersion();
        }
        assertTrue(version >= 7, "schema " + version);
        assertTrue(after.out().contains("Schema version: " + version), after.out());
        assertTrue(after.out().contains("Posters: 3"), after.out());
    }
}
