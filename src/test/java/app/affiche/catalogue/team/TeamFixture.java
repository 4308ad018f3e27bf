package app.affiche.catalogue.team;

import app.affiche.catalogue.PgTestServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database on the real test PostgreSQL server with the catalogue tables the claims read (posters,
 * embeddings, embedding failures, labels) and {@code n} posters; the team tables made as a worker makes them.
 */
public final class TeamFixture {
    public final String jdbcUrl;

    public TeamFixture(int posters) throws SQLException {
        String url = PgTestServer.shared().createDatabase(); // postgresql://user@host:port/db
        jdbcUrl = "jdbc:" + url.replaceFirst("//[^@]+@", "//") + "?user=" + PgTestServer.USER;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS posters(id BIGINT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS embeddings(poster_id BIGINT REFERENCES posters(id), encoder_id TEXT,"
                    + " vector BYTEA, PRIMARY KEY (poster_id, encoder_id))");
            s.execute("CREATE TABLE IF NOT EXISTS embedding_failures(poster_id BIGINT REFERENCES posters(id),"
                    + " encoder_id TEXT, reason TEXT, PRIMARY KEY (poster_id, encoder_id))");
            s.execute("CREATE TABLE IF NOT EXISTS labels(poster_id BIGINT REFERENCES posters(id), genre TEXT, source TEXT)");
            TeamSchema.ensure(c);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO posters VALUES (?, ?, ?)")) {
                for (int i = 1; i <= posters; i++) {
                    p.setLong(1, i);
                    p.setString(2, "%064x".formatted(i));
                    p.setString(3, "poster-" + i + ".jpg");
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    public void addPoster(long id, String sha256, String path) throws SQLException {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement("INSERT INTO posters VALUES (?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, sha256);
            p.setString(3, path);
            p.executeUpdate();
        }
    }

    /** What a worker does when a poster is embedded: the embedding row, which makes it done. */
    public void embedded(Connection c, long posterId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO embeddings VALUES (?, 'enc', ?)")) {
            p.setLong(1, posterId);
            p.setBytes(2, new byte[]{1});
            p.executeUpdate();
        }
    }
}
