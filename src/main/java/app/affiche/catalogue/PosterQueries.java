package app.affiche.catalogue;

import app.affiche.poster.Poster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** Read-only poster queries (called inside Catalogue's lock). */
final class PosterQueries {
    private PosterQueries() {
    }

    static boolean exists(Connection c, long posterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM posters WHERE id = ?")) {
            s.setLong(1, posterId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The id in the first column of the first row of a query with one string parameter. */
    static OptionalLong idBy(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    static List<Long> idsByShaPrefix(Connection c, String prefix) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM posters WHERE sha256 >= ? AND sha256 < ? "
                + "ORDER BY id LIMIT 10")) {
            String p = prefix.toLowerCase(Locale.ROOT);
            s.setString(1, p);
            s.setString(2, p + "g"); // every hex digit sorts below 'g': a range scan on the unique index
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    static Optional<Poster> poster(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + PosterSql.COLUMNS + " FROM posters p WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(PosterSql.row(rs)) : Optional.empty();
            }
        }
    }

    static List<Poster> posters(Connection c, PosterFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + PosterSql.COLUMNS + " FROM posters p" + PosterSql.where(Engine.of(c), filter, params)
                + " ORDER BY p.id LIMIT ? OFFSET ?";
        params.add(filter.limit());
        params.add(filter.offset());
        try (PreparedStatement s = c.prepareStatement(sql)) {
            PosterSql.bind(s, params);
            List<Poster> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(PosterSql.row(rs));
            }
            return out;
        }
    }

    static int count(Connection c, PosterFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM posters p" + PosterSql.where(Engine.of(c), filter, params))) {
            PosterSql.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static Optional<byte[]> thumbnail(Connection c, long posterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT thumbnail FROM posters WHERE id = ?")) {
            s.setLong(1, posterId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        }
    }
}
