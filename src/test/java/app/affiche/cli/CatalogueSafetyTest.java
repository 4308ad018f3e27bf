package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The catalogue file's safety through the real command line: its lock whatever its name, hard links. */
class CatalogueSafetyTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("catalogue.db");
    }

    private long onePoster() throws Exception {
        try (Catalogue c = Catalogue.open(db())) {
            return c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/a.jpg"), 1)));
        }
    }

    @Test
    void aSymbolicLinkToTheCatalogueMeetsItsLock() throws Exception {
        long id = onePoster();
        Path fileLink = Files.createSymbolicLink(dir.resolve("link.db"), db());
        Path folderLink = Files.createSymbolicLink(dir.resolve("linked-folder"), dir);
        try (Catalogue held = Catalogue.open(db())) {
            for (Path name : new Path[]{fileLink, folderLink.resolve("catalogue.db")}) {
                Cli.Run run = Cli.run(dir.resolve("home"), "--catalogue", name.toString(), "label", Long.toString(id),
                        "--genres", "Drama");
                assertEquals(1, run.exit(), run.err());
                assertTrue(run.err().contains("is open in another Affiche process (pid "
                        + ProcessHandle.current().pid() + ")"), run.err());
            }
            assertEquals(Map.of(), held.confirmedGenres(), "no label written behind the lock");
        }
    }

    @Test
    void aHardLinkedCatalogueIsRefusedUnderEitherName() throws Exception {
        onePoster();
        Path other = Files.createLink(dir.resolve("other-name.db"), db());
        for (Path name : new Path[]{db(), other}) {
            CliRun run = CliRun.of("--catalogue", name.toString(), "list");
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("catalogue " + name + " has 2 names on disk (hard links"), run.err());
        }
        Files.delete(other);
        assertEquals(0, CliRun.of("--catalogue", db().toString(), "list").exitCode(), "one name again: usable");
    }
}
