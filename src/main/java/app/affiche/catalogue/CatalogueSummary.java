package app.affiche.catalogue;

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

    public static CatalogueSummary peek(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) return new CatalogueSummary(abs, false, 0, Migrations.LATEST, 0);
        try (Connection c = CatalogueFile.readOnly(abs)) {
            int version = Migrations.version(c);
            long posters = 0;
            if (version > 0) {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM posters")) {
                    rs.next();
                    posters = rs.getLong(1);
                }
            }
            return new CatalogueSummary(abs, true, version, Migrations.LATEST, posters);
        } catch (SQLException e) {
            throw new CatalogueException("cannot read catalogue " + abs + ": " + e.getMessage(), e);
        }
    }
}
