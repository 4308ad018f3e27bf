package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opening a PostgreSQL catalogue: log in ({@link PgConnect}), migrate ({@link SchemaHistory}, the same versions as
 * SQLite's), seed the genres. No process lock (several users at once are the point) and no read-only mode: the
 * server keeps readers and writers apart. A broken connection is replaced on the next call ({@link CatalogueLink}).
 */
final class PgOpening {
    private PgOpening() {
    }

    static Catalogue open(CatalogueLocation location, int schemaVersion) {
        Connection c = PgConnect.connect(location);
        try {
            SchemaHistory.migrate(c, location.toString(), null, schemaVersion);
            LabelSql.seedGenres(c);
            CatalogueLink link = new CatalogueLink(location.toString(), c, () -> PgConnect.connect(location));
            return new Catalogue(location, null, link, false);
        } catch (SQLException | RuntimeException e) {
            SqliteOpening.closeQuietly(c);
            if (e instanceof CatalogueException ce) throw ce;
            String why = e instanceof SQLException se ? PgConnect.reason(se) : e.getMessage();
            throw new CatalogueException("cannot open catalogue " + location + ": " + why, e);
        }
    }
}
