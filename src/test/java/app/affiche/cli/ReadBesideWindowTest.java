package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * While another process holds the catalogue (as the window does, lock and all), the read-only commands work from a
 * second JVM and see what it committed; a command that writes is still refused with the lock message.
 */
class ReadBesideWindowTest {
    @TempDir
    Path dir;

    @Test
    void listAndExportWorkWhileTheCatalogueIsHeldLabelIsRefused() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path db = home.resolve("catalogue.db");
        try (Catalogue held = Catalogue.open(db)) {
            long id = held.addPoster(new NewPoster(String.format("%064x", 42), "/posters/held.jpg", 10, 10, 15, "JPEG",
                    "Held Open", 1957, null, null));
            held.setConfirmedLabels(id, Set.of("Western"), LabelSource.CURATOR);

            Cli.Run list = Cli.run(home, "list");
            assertEquals(0, list.exit(), list.err());
            assertTrue(list.out().contains("Held Open") && list.out().contains("Western"), list.out());

            Path csv = dir.resolve("beside.csv");
            Cli.Run export = Cli.run(home, "export", "--csv", csv.toString(), "--fields", "title,genres");
            assertEquals(0, export.exit(), export.err());
            assertEquals(List.of("title,genres", "Held Open,Western"), Files.readAllLines(csv));

            Cli.Run label = Cli.run(home, "label", "/posters/held.jpg", "--genres", "Drama");
            assertEquals(1, label.exit(), "a write still needs the catalogue to itself: " + label.err());
            assertTrue(label.err().contains("is open in another Affiche process"), label.err());
            assertEquals(Set.of("Western"), held.confirmedGenres().get(id));
        }
    }
}
