package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;

import app.affiche.poster.CuratorThresholds;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The curator's thresholds in a real SQLite file: per encoder, surviving a reopen, and added to an older schema. */
class CuratorThresholdsTest extends EngineCase {

    @Test
    void thresholdsSurviveReopeningAndStayApartPerEncoder() {
        CatalogueLocation db = at("c.db");
        try (Catalogue c = Catalogue.open(db)) {
            assertTrue(c.curatorThresholds("enc-a").isEmpty());
            c.setCuratorThresholds("enc-a", new CuratorThresholds(Map.of("Drama", 0.4, "Horror", 0.2), 0.3));
            c.setCuratorThresholds("enc-b", new CuratorThresholds(Map.of("Drama", 0.7), null));
        }
        try (Catalogue c = Catalogue.open(db)) {
            assertEquals(new CuratorThresholds(Map.of("Drama", 0.4, "Horror", 0.2), 0.3), c.curatorThresholds("enc-a"));
            assertEquals(new CuratorThresholds(Map.of("Drama", 0.7), null), c.curatorThresholds("enc-b"));
            c.setCuratorThresholds("enc-a", new CuratorThresholds(Map.of("Horror", 0.25), null)); // Drama reset
        }
        try (Catalogue c = Catalogue.openReadOnly(db)) {
            assertEquals(new CuratorThresholds(Map.of("Horror", 0.25), null), c.curatorThresholds("enc-a"));
            assertEquals(Map.of("Drama", 0.7), c.curatorThresholds("enc-b").genres(), "another encoder's are its own");
        }
    }

    @Test
    void aVersion4CatalogueGetsTheTablesWithABackupAndKeepsItsPosters() throws Exception {
        sqliteOnly("migrating a v4 file");
        Path db = dir.resolve("old.db");
        try (Catalogue v4 = Catalogue.open(db, 4)) {
            assertEquals(4, v4.schemaVersion());
        }
        OldCatalogues.insertPoster(db, TestPosters.fake(1)); // today's writers need today's tables
        try (Catalogue c = Catalogue.open(db)) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(1, c.count(PosterFilter.ALL));
            assertTrue(c.curatorThresholds("enc").isEmpty());
            c.setCuratorThresholds("enc", new CuratorThresholds(Map.of("War", 0.15), null));
            assertEquals(Map.of("War", 0.15), c.curatorThresholds("enc").genres());
        }
        assertTrue(Files.exists(Migrations.backupPath(db, 4)), "a copy of the v4 file is kept before migrating");
    }

    @Test
    void theCuratorsThresholdScalesAPostersOwnAsTheWindowDoes() {
        CuratorThresholds t = new CuratorThresholds(Map.of("Drama", 0.3), null);
        assertEquals(0.15, t.inForce("Drama", 0.2, 0.4), 1e-12, "a pre-1980 poster's lower threshold moves alike");
        assertEquals(0.3, t.inForce("Drama", 0.4, 0.4), 1e-12);
        assertEquals(0.5, t.inForce("Horror", 0.5, 0.45), 1e-12, "a genre he did not set: the heads' judgement");
        assertThrows(IllegalArgumentException.class, () -> CuratorThresholds.requireThreshold("Drama", 0.0));
        assertThrows(IllegalArgumentException.class, () -> CuratorThresholds.requireThreshold("Drama", 1.01));
    }
}
