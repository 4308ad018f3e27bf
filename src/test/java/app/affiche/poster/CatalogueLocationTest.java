package app.affiche.poster;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** What --catalogue, AFFICHE_CATALOGUE and Open catalogue… accept, and that a location never shows a password. */
class CatalogueLocationTest {
    private static final Path HOME = Path.of("/home/dealer/.local/share/affiche");

    @Test
    void aUrlGetsThePortAndItsSideFolderAndAPathStaysAFile() {
        CatalogueLocation pg = CatalogueLocation.parse("postgresql://dealer@db.shop/posters", HOME);
        assertTrue(pg.postgresql());
        assertEquals("postgresql://dealer@db.shop:5432/posters", pg.toString());
        assertEquals("jdbc:postgresql://db.shop:5432/posters", pg.jdbcUrl());
        assertEquals(HOME.resolve("team-catalogues/dealer@db.shop-5432-posters/catalogue.db"), pg.sideFile());
        assertEquals("posters on db.shop", pg.shortName());
        assertEquals(pg, CatalogueLocation.parse("postgres://dealer@db.shop:5432/posters", HOME));

        CatalogueLocation v6 = CatalogueLocation.parse("postgresql://dealer@[::1]:6543/posters", HOME);
        assertEquals("jdbc:postgresql://[::1]:6543/posters", v6.jdbcUrl());
        assertEquals("postgresql://dealer@[::1]:6543/posters", v6.toString());

        CatalogueLocation file = CatalogueLocation.parse("/data/shop.db", HOME);
        assertFalse(file.postgresql());
        assertEquals(Path.of("/data/shop.db"), file.sideFile());
        assertEquals("/data/shop.db", file.toString());
    }

    @Test
    void aPasswordOptionsOrAMissingDatabaseAreRefusedWithoutRepeatingThePassword() {
        IllegalArgumentException pw = assertThrows(IllegalArgumentException.class,
                () -> CatalogueLocation.parse("postgresql://dealer:open-sesame@db.shop/posters", HOME));
        assertFalse(pw.getMessage().contains("open-sesame"), pw.getMessage());
        assertTrue(pw.getMessage().contains("postgresql://***@db.shop/posters"), pw.getMessage());
        IllegalArgumentException options = assertThrows(IllegalArgumentException.class,
                () -> CatalogueLocation.parse("postgresql://dealer@db.shop/posters?password=open-sesame", HOME));
        assertTrue(options.getMessage().contains("has options"), options.getMessage());
        IllegalArgumentException noDb = assertThrows(IllegalArgumentException.class,
                () -> CatalogueLocation.parse("postgresql://dealer@db.shop/", HOME));
        assertTrue(noDb.getMessage().contains("host and database are needed"), noDb.getMessage());
    }

    @Test
    void afficheCatalogueMayHoldAUrl() {
        AffichePaths paths = AffichePaths.from(java.util.Map.of("AFFICHE_HOME", "/tmp/a", "AFFICHE_CATALOGUE",
                "postgresql://dealer@db.shop/posters"), "Linux", Path.of("/home/dealer"));
        assertTrue(paths.location().postgresql());
        assertEquals(Path.of("/tmp/a/team-catalogues/dealer@db.shop-5432-posters/catalogue.db"), paths.catalogue());
    }
}
