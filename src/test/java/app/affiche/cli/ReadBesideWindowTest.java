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

    @Test
    void similarWorksWhileTheCatalogueIsHeld() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        try (Catalogue held = Catalogue.open(home.resolve("catalogue.db"))) {
            float[][] vectors = {{1, 0, 0}, {0.9f, 0.1f, 0}, {0, 0, 1}};
            for (int i = 0; i < vectors.length; i++) {
                long id = held.addPoster(new NewPoster(String.format("%064x", 50 + i), "/posters/p" + i + ".jpg", 10, 10,
                        15, "JPEG", "Poster " + i, 1960 + i, null, null));
                held.putEmbedding(id, HeadsCli.DEFAULT_ENCODER, vectors[i]);
            }
            Cli.Run similar = Cli.run(home, "similar", "/posters/p0.jpg", "--limit", "1");
            assertEquals(0, similar.exit(), similar.err());
            assertTrue(similar.out().contains("Poster 1 (1961)  /posters/p1.jpg"), similar.out());
        }
    }
}
