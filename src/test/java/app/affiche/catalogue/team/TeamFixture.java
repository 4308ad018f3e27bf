package app.affiche.catalogue.team;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PgTestServer;
import app.affiche.poster.CatalogueLocation;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A fresh team catalogue on the real test PostgreSQL server, created by Affiche itself (every schema version, the
 * team tables included), with {@code n} posters written as rows: the claims tests need ids, paths and hashes only.
 */
public final class TeamFixture {
    public final String jdbcUrl;
    public final CatalogueLocation location;

    public TeamFixture(int posters) throws Exception {
        String url = PgTestServer.shared().createDatabase(); // postgresql://user@host:port/db
        location = CatalogueLocation.parse(url, Files.createTempDirectory("affiche-team-home"));
        Catalogue.open(location).close(); // creates the schema
        jdbcUrl = "jdbc:" + url.replaceFirst("//[^@]+@", "//") + "?user=" + PgTestServer.USER;
        for (int i = 1; i <= posters; i++) addPoster(i, "%064x".formatted(i), "poster-" + i + ".jpg");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    public void addPoster(long id, String sha256, String path) throws SQLException {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement("INSERT INTO posters(id, sha256, path,"
                + " size_bytes, width, height, format, imported_at) VALUES (?, ?, ?, 1, 1, 1, 'JPEG', 0)")) {
            p.setLong(1, id);
            p.setString(2, sha256);
            p.setString(3, path);
            p.executeUpdate();
        }
    }

    /** What a worker does when a poster is embedded: the embedding row, which makes it done. */
    public void embedded(Connection c, long posterId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO embeddings(poster_id, encoder_id, dim, vector,"
                + " created_at) VALUES (?, 'enc', 1, ?, 0)")) {
            p.setLong(1, posterId);
            p.setBytes(2, new byte[]{1, 0, 0, 0});
            p.executeUpdate();
        }
    }
}
