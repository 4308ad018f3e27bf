package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The catalogue suite runs on both engines: a test class extends this and opens its catalogues by name ({@link
 * #open(String)}); it runs on SQLite (a file in {@link #dir}), and its {@code Pg…} subclass, which only overrides
 * {@link #postgresql()}, runs the same tests on a real PostgreSQL server ({@link PgTestServer}: a fresh database
 * per name per test). Tests about SQLite files themselves (older schema versions, backups, locks) call {@link
 * #sqliteOnly}.
 */
abstract class EngineCase {
    @TempDir
    Path dir;

    private final Map<String, CatalogueLocation> made = new HashMap<>();

    /** Overridden by the PostgreSQL subclasses. */
    boolean postgresql() {
        return false;
    }

    /** The catalogue called {@code name} in this test: created on first use, the same one after. */
    CatalogueLocation at(String name) {
        return made.computeIfAbsent(name, n -> postgresql()
                ? CatalogueLocation.parse(PgTestServer.shared().createDatabase(), dir)
                : CatalogueLocation.file(dir.resolve(n)));
    }

    Catalogue open(String name) {
        Catalogue c = Catalogue.open(at(name));
        if (c.location().postgresql() != postgresql()) throw new AssertionError("opened on the wrong engine: " + c.location());
        return c;
    }

    Catalogue open() {
        return open("catalogue.db");
    }

    Catalogue openReadOnly(String name) {
        return Catalogue.openReadOnly(at(name));
    }

    /** Skips the test on PostgreSQL: {@code what} is about a SQLite file. */
    void sqliteOnly(String what) {
        Assumptions.assumeFalse(postgresql(), what + " is about SQLite catalogue files");
    }
}
