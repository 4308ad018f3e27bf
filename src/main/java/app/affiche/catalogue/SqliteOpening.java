package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.StartupTrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opening a SQLite catalogue file: its real name (links), the process lock, the pragmas, the quick check, the
 * migrations ({@link SchemaHistory}). SQLite-only SQL (PRAGMAs) lives here and in {@link CatalogueHealth}.
 */
final class SqliteOpening {
    private SqliteOpening() {
    }

    static Catalogue openReadOnly(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) return open(abs, Migrations.LATEST);
        Path given = abs;
        abs = CatalogueFile.realPath(given); // the file a link names: the messages and the WAL are the real file's
        CatalogueFile.refuseHardLinks(abs, given);
        CatalogueHealth.refuseEmpty(abs);
        Connection c = null;
        try {
            c = CatalogueFile.readOnly(abs);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
            }
            if (Migrations.version(c) != Migrations.LATEST) {
                c.close();
                return open(abs, Migrations.LATEST);
            }
            if (CatalogueHealth.quickCheckDue(abs)) CatalogueHealth.requireIntact(c, abs, false);
            return new Catalogue(CatalogueLocation.file(abs), null, new CatalogueLink(abs.toString(), c, null), true);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw failure(e, abs, "cannot read catalogue ");
        }
    }

    static Catalogue open(Path file, int schemaVersion) {
        Path given = file.toAbsolutePath().normalize();
        try {
            if (given.getParent() != null) Files.createDirectories(given.getParent());
        } catch (IOException e) {
            throw new CatalogueException("cannot create folder for catalogue " + given + ": " + e.getMessage(), e);
        }
        // Lock and open the file itself, not the name: a link to the catalogue must meet the same lock.
        Path abs = CatalogueFile.realPath(given);
        CatalogueFile.refuseHardLinks(abs, given);
        CatalogueLock lock = CatalogueLock.acquire(abs);
        StartupTrace.mark("catalogue: locked");
        Connection c = null;
        try {
            CatalogueHealth.refuseEmpty(abs);
            boolean check = CatalogueHealth.quickCheckDue(abs);
            c = DriverManager.getConnection("jdbc:sqlite:" + abs);
            StartupTrace.mark("catalogue: connected");
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
            }
            StartupTrace.mark("catalogue: pragmas set (WAL)");
            if (check) CatalogueHealth.requireIntact(c, abs, false); // never migrate or write into a damaged file
            StartupTrace.mark("catalogue: quick check " + (check ? "done" : "skipped"));
            SchemaHistory.migrate(c, abs.toString(), abs, schemaVersion);
            LabelSql.seedGenres(c);
            StartupTrace.mark("catalogue: migrations checked, genres seeded");
            return new Catalogue(CatalogueLocation.file(abs), lock, new CatalogueLink(abs.toString(), c, null), false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            lock.close();
            throw failure(e, abs, "cannot open catalogue ");
        }
    }

    private static RuntimeException failure(Exception e, Path abs, String what) {
        if (e instanceof CatalogueException ce) return ce;
        if (e instanceof SQLException se && CatalogueHealth.isDamage(se)) return CatalogueHealth.damaged(abs, se.getMessage());
        return new CatalogueException(what + abs + ": " + e.getMessage(), e);
    }

    static void closeQuietly(Connection c) {
        try {
            if (c != null) c.close();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }
}
