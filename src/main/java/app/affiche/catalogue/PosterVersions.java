package app.affiche.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Row versions of posters (schema v9), inside the caller's transaction. The version moves with every label,
 * title, year and field write. The check is the bump itself, {@code UPDATE ... WHERE version = seen}: it takes the
 * row's write lock, so of two curators writing at once on PostgreSQL the second waits, then finds the version moved
 * and is refused; on SQLite there is one writer at a time anyway.
 */
final class PosterVersions {
    private PosterVersions() {
    }

    /** Bumps each poster's version as {@code edit}'s curator; one he saw at another version throws, rolling back. */
    static void bump(Connection c, Collection<Long> posterIds, CuratorEdit edit, long now) throws SQLException {
        try (PreparedStatement checked = c.prepareStatement("UPDATE posters SET version = version + 1, changed_by = ?,"
                + " changed_at = ? WHERE id = ? AND version = ?");
             PreparedStatement plain = c.prepareStatement("UPDATE posters SET version = version + 1, changed_by = ?,"
                     + " changed_at = ? WHERE id = ?")) {
            for (long id : posterIds) {
                Long seen = edit.seenVersions().get(id);
                PreparedStatement s = seen == null ? plain : checked;
                s.setString(1, edit.curator());
                s.setLong(2, now);
                s.setLong(3, id);
                if (seen != null) s.setLong(4, seen);
                if (s.executeUpdate() == 0 && seen != null) throw stale(c, id);
            }
        }
        notifyOthers(c, posterIds);
    }

    /** On PostgreSQL, other workbenches hear of the change when this transaction commits (PosterChangeFeed). */
    static void notifyOthers(Connection c, Collection<Long> posterIds) throws SQLException {
        if (Engine.of(c) != Engine.POSTGRESQL || posterIds.isEmpty()) return;
        try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            s.setString(1, PosterChangeFeed.CHANNEL);
            s.setString(2, PosterChangeFeed.payload(posterIds));
            s.execute();
        }
    }

    /** Curator labels just written carry the curator's name (undo and review can tell whose they are). */
    static void stampCurator(Connection c, Collection<Long> posterIds, String curator) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE labels SET curator = ? WHERE poster_id = ?"
                + " AND source = 'curator' AND curator IS NULL")) {
            for (long id : posterIds) {
                s.setString(1, curator);
                s.setLong(2, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static OptionalLong version(Connection c, long posterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM posters WHERE id = ?")) {
            s.setLong(1, posterId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    static Map<Long, Long> versions(Connection c, Collection<Long> posterIds) throws SQLException {
        Map<Long, Long> out = new LinkedHashMap<>();
        for (long id : posterIds) version(c, id).ifPresent(v -> out.put(id, v));
        return out;
    }

    private static StaleEditException stale(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version, changed_by, changed_at FROM posters WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return new StaleEditException(id, null, null, -1, java.util.List.of());
                long at = rs.getLong(3);
                Instant when = rs.wasNull() ? null : Instant.ofEpochMilli(at);
                return new StaleEditException(id, rs.getString(2), when, rs.getLong(1), LabelSql.labels(c, id));
            }
        }
    }
}
