package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What goes wrong with a team catalogue, against real PostgreSQL servers: a wrong URL, a refused password, a server
 * that goes away in the middle of a batch, a schema from a newer Affiche. Each is a clear message naming the
 * catalogue without credentials, and nothing confirmed before the fault is lost.
 */
class PgCatalogueFaultsTest {
    private static final String SECRET = "s3cret-Pa55word";

    @TempDir
    Path dir;

    @AfterEach
    void forgetPasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    private CatalogueLocation parse(String url) {
        return CatalogueLocation.parse(url, dir);
    }

    @Test
    void aWrongUrlSaysWhatIsWrong() {
        CatalogueException host = assertThrows(CatalogueException.class,
                () -> Catalogue.open(parse("postgresql://affiche@no-such-host.invalid:5432/posters")));
        assertTrue(host.getMessage().contains("unknown host no-such-host.invalid"), host.getMessage());

        PgTestServer server = PgTestServer.shared();
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        CatalogueException port = assertThrows(CatalogueException.class,
                () -> Catalogue.open(parse("postgresql://affiche@127.0.0.1:" + closedPort + "/posters")));
        assertTrue(port.getMessage().contains("nothing answers at 127.0.0.1:" + closedPort), port.getMessage());

        CatalogueException db = assertThrows(CatalogueException.class,
                () -> Catalogue.open(parse(server.url("no_such_db"))));
        assertTrue(db.getMessage().contains("there is no database no_such_db"), db.getMessage());
        assertTrue(db.getMessage().startsWith("cannot open catalogue " + server.url("no_such_db")), db.getMessage());
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("postgresql://affiche:" + SECRET + "@db.example:5432/posters"));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(e.getMessage().contains("~/.pgpass") && e.getMessage().contains("PGPASSWORD"), e.getMessage());
    }

    @Test
    void aRefusedOrMissingPasswordIsNamedAndNeverShown() throws Exception {
        try (PgTestServer server = PgTestServer.startPrivate(SECRET)) {
            CatalogueLocation at = parse(server.url("postgres"));
            Path pgpass = dir.resolve("pgpass");
            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());

            Files.writeString(pgpass, "");
            CatalogueException none = assertThrows(CatalogueException.class, () -> Catalogue.open(at));
            assertTrue(none.getMessage().contains("asks for a password for user affiche and none was found"),
                    none.getMessage());

            writePgpass(pgpass, server, "not-" + SECRET);
            CatalogueException wrong = assertThrows(CatalogueException.class, () -> Catalogue.open(at));
            assertTrue(wrong.getMessage().contains("refused the login of user affiche"), wrong.getMessage());
            for (Throwable t = wrong; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "no password in " + t.getMessage());
            }

            writePgpass(pgpass, server, SECRET);
            try (Catalogue c = Catalogue.open(at)) {
                long id = c.addPoster(TestPosters.fake(1));
                assertEquals(at.toString(), c.location().toString());
                assertFalse(c.location().toString().contains(SECRET));
                assertEquals(1, c.count(PosterFilter.ALL), "poster " + id + " stored once logged in");
            }
        }
    }

    private static void writePgpass(Path file, PgTestServer server, String password) throws Exception {
        Files.writeString(file, server.host() + ":" + server.port() + ":*:" + PgTestServer.USER + ":" + password + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aServerThatGoesAwayMidBatchLosesNothingConfirmedAndTheCatalogueReconnects() {
        try (PgTestServer server = PgTestServer.startPrivate()) {
            CatalogueLocation at = parse(server.url("postgres"));
            try (Catalogue c = Catalogue.open(at)) {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 10; i++) ids.add(c.addPoster(TestPosters.fake(100 + i)));
                for (int i = 0; i < 5; i++) c.setConfirmedLabels(ids.get(i), Set.of("Drama"), LabelSource.CURATOR);

                server.stop();
                CatalogueException lost = assertThrows(CatalogueException.class,
                        () -> c.setConfirmedLabels(ids.get(5), Set.of("Drama"), LabelSource.CURATOR));
                assertTrue(lost.getMessage().contains("lost the connection to catalogue " + at)
                        && lost.getMessage().contains("Nothing of it was saved"), lost.getMessage());
                CatalogueException still = assertThrows(CatalogueException.class, () -> c.count(PosterFilter.ALL));
                assertTrue(still.getMessage().contains("cannot open catalogue " + at) || still.getMessage().contains(
                        "lost the connection"), still.getMessage());

                server.start();
                for (int i = 5; i < 10; i++) c.setConfirmedLabels(ids.get(i), Set.of("Western"), LabelSource.CURATOR);
                Map<Long, Set<String>> confirmed = c.confirmedGenres();
                for (int i = 0; i < 5; i++) assertEquals(Set.of("Drama"), confirmed.get(ids.get(i)), "confirmed before the stop");
                for (int i = 5; i < 10; i++) assertEquals(Set.of("Western"), confirmed.get(ids.get(i)), "written after");
            }
        }
    }

    @Test
    void aDatabaseHoldingSomeoneElsesTablesIsLeftAlone() throws Exception {
        PgTestServer server = PgTestServer.shared();
        String url = server.createDatabase();
        String db = url.substring(url.lastIndexOf('/') + 1);
        try (var conn = server.connect(db); var s = conn.createStatement()) {
            s.execute("CREATE TABLE invoices(id bigint PRIMARY KEY)");
        }
        CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.open(parse(url)));
        assertTrue(e.getMessage().contains("already holds tables that are not an Affiche catalogue's"), e.getMessage());
        try (var conn = server.connect(db); var rs = conn.getMetaData().getTables(null, null, "posters", null)) {
            assertFalse(rs.next(), "nothing created beside them");
        }
    }

    @Test
    void aSchemaFromANewerAfficheIsRefused() throws Exception {
        PgTestServer server = PgTestServer.shared();
        String url = server.createDatabase();
        CatalogueLocation at = parse(url);
        try (Catalogue c = Catalogue.open(at)) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
        }
        String db = url.substring(url.lastIndexOf('/') + 1);
        try (var conn = server.connect(db); var s = conn.createStatement()) {
            s.execute("INSERT INTO " + SchemaHistory.TABLE + " (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'JDBC', 'v99', "
                    + "'affiche', 0, true)");
        }
        CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.open(at));
        assertTrue(e.getMessage().contains("schema version 99, newer than this Affiche understands")
                && e.getMessage().contains("please update Affiche"), e.getMessage());
    }
}
