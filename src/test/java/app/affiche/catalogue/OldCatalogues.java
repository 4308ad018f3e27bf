package app.affiche.catalogue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Rows written into a catalogue built with an older schema ({@code Catalogue.open(file, version)}), by plain SQL on
 * the columns every schema has: today's writers use today's columns, so they cannot fill an old file.
 */
final class OldCatalogues {
    private OldCatalogues() {
    }

    /** Inserts the poster with the schema-1 columns (no thumbnail or palette); returns its id. */
    static long insertPoster(Path file, NewPoster p) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = c.prepareStatement("INSERT INTO posters(sha256, path, size_bytes, width, height, format, title, "
                     + "year, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            s.setString(1, p.sha256());
            s.setString(2, p.path());
            s.setLong(3, p.sizeBytes());
            s.setInt(4, p.width());
            s.setInt(5, p.height());
            s.setString(6, p.format());
            s.setString(7, p.title());
            s.setObject(8, p.year());
            s.executeUpdate();
            try (var rs = c.createStatement().executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A confirmed or model genre label as schemas 1 and 2 stored it (no threshold). */
    static void insertLabel(Path file, long posterId, String genre, String source) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = c.prepareStatement("INSERT INTO labels(poster_id, genre, source, confidence, labelled_at) "
                     + "VALUES (?, ?, ?, ?, 1)")) {
            s.setLong(1, posterId);
            s.setString(2, genre);
            s.setString(3, source);
            s.setObject(4, source.equals("model") ? 0.5 : null);
            s.executeUpdate();
        }
    }
}
