package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A read-only look at a catalogue file for {@code affiche doctor}: no lock taken, nothing created or migrated.
 *
 * @param latestVersion the schema version this build of Affiche writes
 */
public record CatalogueSummary(Path file, boolean exists, int schemaVersion, int latestVersion, long posters) {

    /** As {@link #peek(Path)}; a PostgreSQL catalogue is looked at through a login of its own. */
    public static CatalogueSummary peek(CatalogueLocation location) {
        if (!location.postgresql()) return peek(location.sideFile());
        try (Connection c = PgConnect.connect(location)) {
            int version = SchemaHistory.version(c);
            return new CatalogueSummary(location.sideFile(), version > 0, version, Migrations.LATEST,
                    version > 0 ? posters(c) : 0);
        } catch (SQLException e) {
            throw new CatalogueException("cannot read catalogue " + location + ": " + PgConnect.reason(e), e);
        }
    }

    private static long posters(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM posters")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static CatalogueSummary peek(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) return new CatalogueSummary(abs, false, 0, Migrations.LATEST, 0);
        try (Connection c = CatalogueFile.readOnly(abs)) {
            int version = Migrations.version(c);
            return new CatalogueSummary(abs, true, version, Migrations.LATEST, version > 0 ? posters(c) : 0);
        } catch (SQLException e) {
            throw new CatalogueException("cannot read catalogue " + abs + ": " + e.getMessage(), e);
        }
    }
}
