package app.affiche.catalogue;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test server itself: it starts, serves fresh databases, and a private one really stops and starts again. */
class PgTestServerTest {

    @Test
    void sharedServerServesFreshDatabases() throws SQLException {
        PgTestServer server = PgTestServer.shared();
        String a = server.createDatabase();
        String b = server.createDatabase();
        assertTrue(a.startsWith("postgresql://" + PgTestServer.USER + "@"), a);
        assertTrue(!a.equals(b));
        String db = a.substring(a.lastIndexOf('/') + 1);
        try (var c = server.connect(db); var rs = c.createStatement().executeQuery("SELECT current_database()")) {
            rs.next();
            assertEquals(db, rs.getString(1));
        }
    }

    @Test
    void privateServerStopsAndStartsAgain() throws SQLException {
        try (PgTestServer server = PgTestServer.startPrivate()) {
            try (var c = server.connect("postgres")) {
                assertTrue(c.isValid(5));
            }
            server.stop();
            assertThrows(SQLException.class, () -> server.connect("postgres").close());
            server.start();
            try (var c = server.connect("postgres")) {
                assertTrue(c.isValid(5));
            }
        }
    }
}
