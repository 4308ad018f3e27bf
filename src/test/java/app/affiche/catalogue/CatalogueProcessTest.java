package app.affiche.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Real second JVM processes: the lock across processes, and durability of a confirmed label across kill -9. */
class CatalogueProcessTest {
    @TempDir
    Path dir;

    private static Process child(String mode, Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", CatalogueChild.class.getName(), mode, db.toString())
                .redirectErrorStream(true).start();
    }

    /** First line of output that starts with one of the expected words (the JVM may print warnings first). */
    private static String awaitLine(Process p, String... prefixes) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            for (String prefix : prefixes) if (line.startsWith(prefix)) return line;
            seen.append(line).append('\n');
        }
        return fail("child ended without " + String.join("/", prefixes) + ":\n" + seen);
    }

    @Test
    void aSecondProcessGetsAClearLockedError() throws Exception {
        Path db = dir.resolve("catalogue.db");
        try (Catalogue mine = Catalogue.open(db)) {
            Process other = child("open", db);
            String line = awaitLine(other, "OPEN", "LOCKED");
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            assertEquals("LOCKED: catalogue " + db + " is open in another Affiche process (pid "
                    + ProcessHandle.current().pid() + "); close it first", line);
            assertEquals(1, mine.genreVocabulary().stream().filter("Drama"::equals).count(), "still usable here");
        }
        Process after = child("open", db);
        assertTrue(awaitLine(after, "OPEN", "LOCKED").startsWith("OPEN"), "free once closed");
        after.waitFor(60, TimeUnit.SECONDS);
    }

    @Test
    void openingTwiceInOneProcessFailsClearly() {
        Path db = dir.resolve("catalogue.db");
        try (Catalogue first = Catalogue.open(db)) {
            CatalogueLockedException e = assertThrows(CatalogueLockedException.class, () -> Catalogue.open(db));
            assertTrue(e.getMessage().contains("is open in this Affiche process"), e.getMessage());
            assertNotNull(first.file());
        }
    }

    @Test
    void aConfirmedLabelSurvivesKillMinus9() throws Exception {
        Path db = dir.resolve("catalogue.db");
        Process child = child("label", db);
        try {
            String line = awaitLine(child, "LABELLED");
            long id = Long.parseLong(line.substring("LABELLED ".length()));
            Process killed = child;
            killed.destroyForcibly();
            assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
            try (Catalogue c = Catalogue.open(db)) {
                assertEquals(Map.of(id, Set.of("Drama", "Western")), c.confirmedGenres());
            }
        } finally {
            child.destroyForcibly();
        }
    }
}
