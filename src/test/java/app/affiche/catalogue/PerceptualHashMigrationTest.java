package app.affiche.catalogue;

import app.affiche.cli.AfficheCommand;
import app.affiche.cli.CliRun;
import app.affiche.poster.LabelSource;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A schema-4 catalogue (no perceptual hashes) through the real command line: `affiche duplicates` backs it up,
 * migrates it, computes the hashes from the files once, finds the resized copy, names a file that is gone (exit 1)
 * and merges the group keeping the copy's curator label.
 */
class PerceptualHashMigrationTest {
    @TempDir
    Path dir;

    private NewPoster poster(String name, int seed, int width, int height) throws Exception {
        return stored(Files.write(Files.createDirectories(dir.resolve("img")).resolve(name), TestPosters.jpeg(seed, width, height)),
                width, height);
    }

    /** The same art at half the size, as another scan of it would be. */
    private NewPoster halfOf(NewPoster big, String name) throws Exception {
        BufferedImage image = ImageIO.read(Path.of(big.path()).toFile());
        BufferedImage half = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
        g.dispose();
        Path file = dir.resolve("img").resolve(name);
        ImageIO.write(half, "jpg", file.toFile());
        return stored(file, half.getWidth(), half.getHeight());
    }

    private static NewPoster stored(Path file, int width, int height) throws Exception {
        NewPoster p = TestPosters.of(file);
        return new NewPoster(p.sha256(), p.path(), p.sizeBytes(), width, height, p.format(), null, null, null, null);
    }

    @Test
    void anOldCatalogueGetsItsHashesFromTheFilesAndItsCopiesGrouped() throws Exception {
        Path file = dir.resolve("catalogue.db");
        try (Catalogue v4 = Catalogue.open(file, 4)) {
            assertEquals(4, v4.schemaVersion());
        }
        NewPoster bigPoster = poster("big.jpg", 7, 240, 360);
        long big = OldCatalogues.insertPoster(file, bigPoster);
        long small = OldCatalogues.insertPoster(file, halfOf(bigPoster, "small.jpg"));
        OldCatalogues.insertLabel(file, small, "Horror", "curator");
        long other = OldCatalogues.insertPoster(file, poster("other.jpg", 8, 240, 360));
        NewPoster gone = poster("gone.jpg", 9, 240, 360);
        OldCatalogues.insertPoster(file, gone);
        Files.delete(Path.of(gone.path()));

        CliRun listed = CliRun.of("--catalogue", file.toString(), "duplicates", "--json");
        assertEquals(AfficheCommand.SOME_FAILED, listed.exitCode(), "a poster whose file is gone could not be hashed");
        assertTrue(listed.err().contains(gone.path()), listed.err());
        assertTrue(Files.exists(Migrations.backupPath(file, 4)), "backed up before migrating");
        JsonObject doc = JsonParser.parseString(listed.out()).getAsJsonObject();
        assertEquals(1, doc.getAsJsonArray("groups").size(), listed.out());
        JsonObject group = doc.getAsJsonArray("groups").get(0).getAsJsonObject();
        assertEquals(big, group.get("keep").getAsLong(), "the larger copy is kept");
        assertEquals(2, group.get("copies").getAsInt());
        assertEquals(1, doc.getAsJsonArray("unreadable").size());
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(3, c.perceptualHashes().size(), "hashes computed once and stored");
            assertEquals(1, c.postersWithoutPerceptualHash().size());
        }

        CliRun merged = CliRun.of("--catalogue", file.toString(), "duplicates", "--merge", "1");
        assertEquals(AfficheCommand.SOME_FAILED, merged.exitCode(), merged.err()); // the missing file is still named
        assertTrue(merged.out().contains("Merged into #" + big), merged.out());
        try (Catalogue c = Catalogue.open(file)) {
            assertTrue(c.poster(small).isEmpty());
            assertEquals(List.of("Horror"), c.labels(big).stream().filter(l -> l.source() == LabelSource.CURATOR)
                    .map(l -> l.genre()).toList());
            assertTrue(c.poster(other).isPresent());
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + Migrations.backupPath(file, 4));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM posters")) {
            rs.next();
            assertEquals(4, rs.getInt(1), "the backup is the catalogue as it was");
        }
    }
}
