package app.affiche.catalogue;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.Genres;
import app.affiche.poster.LabelSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** SQL for the genre vocabulary and labels (called inside Catalogue's lock and transactions). */
final class LabelSql {
    private LabelSql() {
    }

    static void seedGenres(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO genres(name, origin) VALUES (?, 'tmdb') ON CONFLICT DO NOTHING")) {
            for (String g : Genres.TMDB) {
                s.setString(1, g);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static List<String> vocabulary(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM genres ORDER BY "
                + Engine.of(c).genreOrder())) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    /** Canonical spelling (vocabulary's case) of each genre; throws UnknownGenreException for the first unknown. */
    static Set<String> canonical(Collection<String> genres, List<String> vocabulary) {
        Map<String, String> byLower = new TreeMap<>();
        for (String v : vocabulary) byLower.put(v.toLowerCase(Locale.ROOT), v);
        Set<String> out = new LinkedHashSet<>();
        for (String g : genres) {
            String known = byLower.get(g.strip().toLowerCase(Locale.ROOT));
            if (known == null) throw new UnknownGenreException(g.strip());
            out.add(known);
        }
        return out;
    }

    static List<GenreLabel> labels(Connection c, long posterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT genre, source, confidence, threshold, labelled_at FROM labels "
                + "WHERE poster_id = ? ORDER BY source, genre")) {
            s.setLong(1, posterId);
            List<GenreLabel> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new GenreLabel(rs.getString(1), LabelSource.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                            nullableDouble(rs, 3), nullableDouble(rs, 4), Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
            return out;
        }
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Map<Long, Set<String>> confirmedGenres(Connection c) throws SQLException {
        Map<Long, Set<String>> out = new TreeMap<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT poster_id, genre FROM labels WHERE source <> 'model'")) {
            while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
        return out;
    }

    static Set<Long> curatorConfirmed(Connection c) throws SQLException {
        Set<Long> out = new java.util.HashSet<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT poster_id FROM labels WHERE source = 'curator'")) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
    }

    static boolean hasCuratorLabels(Connection c, long posterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM labels WHERE poster_id = ? AND source = 'curator' LIMIT 1")) {
            s.setLong(1, posterId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void deleteLabels(Connection c, long posterId, String sourcesSql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM labels WHERE poster_id = ? AND source IN (" + sourcesSql + ")")) {
            s.setLong(1, posterId);
            s.executeUpdate();
        }
    }

    /** Confidences may be null (confirmed labels); thresholds maps a genre to the heads' threshold, or lacks it. */
    static void insertLabels(Connection c, long posterId, Map<String, Double> genres, Map<String, Double> thresholds,
                             LabelSource source, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO labels(poster_id, genre, source, confidence, threshold, "
                + "labelled_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (var e : genres.entrySet()) {
                s.setLong(1, posterId);
                s.setString(2, e.getKey());
                s.setString(3, source.key());
                setNullable(s, 4, e.getValue());
                setNullable(s, 5, thresholds.get(e.getKey()));
                s.setLong(6, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Replaces the confirmed labels. A curator's word is final: IMPORT labels never replace a poster's CURATOR
     * labels (returns false then); CURATOR labels replace both curator and import ones.
     */
    static boolean replaceConfirmed(Connection c, long posterId, Set<String> genres, LabelSource source, long now)
            throws SQLException {
        if (!source.confirmed()) throw new IllegalArgumentException("confirmed labels need source CURATOR or IMPORT");
        if (source == LabelSource.IMPORT && hasCuratorLabels(c, posterId)) return false;
        deleteLabels(c, posterId, "'curator', 'import'");
        insertLabels(c, posterId, unscored(genres), Map.of(), source, now);
        return true;
    }

    /** Genres without confidences, as confirmed labels are stored. */
    static Map<String, Double> unscored(Set<String> genres) {
        Map<String, Double> noConfidence = new TreeMap<>();
        for (String g : genres) noConfidence.put(g, null);
        return noConfidence;
    }

    private static void setNullable(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) s.setNull(index, Types.REAL); else s.setDouble(index, value);
    }
}
