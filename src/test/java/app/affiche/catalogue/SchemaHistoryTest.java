package app.affiche.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** One schema history for both engines in Flyway's table; catalogues from before Flyway are baselined. */
class SchemaHistoryTest {
    @TempDir
    Path dir;

    /** A SQLite file at {@code version} as an Affiche from before Flyway left it: user_version only. */
    private Path preFlyway(String name, int version) throws Exception {
        Path file = dir.resolve(name);
        Catalogue.open(file, version).close();
        OldCatalogues.insertPoster(file, TestPosters.fake(1));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("DROP TABLE " + SchemaHistory.TABLE);
        }
        return file;
    }

    private static List<String> history(Connection c) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("SELECT version, type FROM " + SchemaHistory.TABLE
                + " WHERE success ORDER BY installed_rank")) {
            while (rs.next()) rows.add(rs.getString(1) + ":" + rs.getString(2));
        }
        return rows;
    }

    @Test
    void anOlderSqliteCatalogueFromBeforeFlywayIsBaselinedBackedUpAndMigrated() throws Exception {
        Path file = preFlyway("old.db", 4);
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(1, c.count(PosterFilter.ALL));
        }
        assertTrue(Files.isRegularFile(Migrations.backupPath(file, 4)), "backed up before migrating, as always");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> expected = new ArrayList<>(List.of("4:BASELINE"));
            for (int v = 5; v <= Migrations.LATEST; v++) expected.add(v + ":JDBC");
            assertEquals(expected, history(c));
            assertEquals(Migrations.LATEST, Migrations.version(c), "user_version still written: an older Affiche "
                    + "still refuses the file");
        }
    }

    @Test
    void aCurrentSqliteCatalogueFromBeforeFlywayIsOnlyBaselined() throws Exception {
        Path file = preFlyway("current.db", Migrations.LATEST);
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(1, c.count(PosterFilter.ALL));
        }
        assertFalse(Files.exists(Migrations.backupPath(file, Migrations.LATEST)), "nothing migrated, nothing copied");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(List.of(Migrations.LATEST + ":BASELINE"), history(c));
        }
    }

    @Test
    void everySqliteStepHasItsPostgresqlStep() {
        assertEquals(Migrations.STEPS.size(), PgSchema.STEPS.size(),
                "a schema step appended to Migrations.STEPS needs the same step in PgSchema.STEPS (PostgreSQL DDL)");
    }

    @Test
    void aNewCatalogueHasEveryVersionOnBothEngines() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int v = 1; v <= Migrations.LATEST; v++) expected.add(v + ":JDBC");
        Path file = dir.resolve("new.db");
        Catalogue.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(expected, history(c));
        }
        PgTestServer server = PgTestServer.shared();
        String url = server.createDatabase();
        Catalogue.open(app.affiche.poster.CatalogueLocation.parse(url, dir)).close();
        try (Connection c = server.connect(url.substring(url.lastIndexOf('/') + 1))) {
            assertEquals(expected, history(c));
        }
    }

    @Test
    void aPostgresqlCatalogueSearchesTitlesByATrigramIndex() throws Exception {
        PgTestServer server = PgTestServer.shared();
        String url = server.createDatabase();
        Catalogue.open(app.affiche.poster.CatalogueLocation.parse(url, dir)).close();
        try (Connection c = server.connect(url.substring(url.lastIndexOf('/') + 1));
             var rs = c.createStatement().executeQuery(
                     "SELECT indexdef FROM pg_indexes WHERE tablename = 'posters' AND indexname = 'posters_title_trgm'")) {
            assertTrue(rs.next(), "no trigram index on posters.title");
            assertTrue(rs.getString(1).contains("gin_trgm_ops"), rs.getString(1));
        }
    }
}
