package app.affiche.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removing posters with everything stored about them (the schema cascades from {@code posters}), and putting
 * them back from the rows taken out. The image files are never touched. Each call is one transaction.
 */
final class PosterRemoval {
    /** Tables holding a poster's rows, parent first: restore inserts in this order, the cascade deletes the rest. */
    private static final List<String> CHILD_TABLES =
            List.of("palette_colours", "palette_summary", "labels", "embeddings", "embedding_failures", "poster_paths",
                    "field_values");

    private PosterRemoval() {
    }

    static RemovedPosters remove(Catalogue cat, Collection<Long> ids) {
        List<Long> unique = List.copyOf(new LinkedHashSet<>(ids));
        return cat.write("removing " + unique.size() + " posters", c -> {
            List<Long> removed = new ArrayList<>();
            List<RemovedPosters.TableRow> rows = new ArrayList<>();
            for (long id : unique) {
                List<RemovedPosters.TableRow> poster = rows(c, "posters", "id", id);
                if (poster.isEmpty()) continue; // already gone: nothing to remove or restore
                removed.add(id);
                rows.addAll(poster);
                for (String table : CHILD_TABLES) rows.addAll(rows(c, table, "poster_id", id));
                try (PreparedStatement s = c.prepareStatement("DELETE FROM posters WHERE id = ?")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
            return new RemovedPosters(removed, rows);
        });
    }

    /**
     * Puts the posters back under their old ids. A poster whose file was imported again meanwhile (same SHA-256)
     * stays as it is now and is left out: its new rows win. Returns the ids restored.
     */
    static List<Long> restore(Catalogue cat, RemovedPosters removed) {
        return cat.write("restoring " + removed.count() + " posters", c -> {
            Set<Long> restored = new LinkedHashSet<>();
            for (RemovedPosters.TableRow row : removed.rows()) {
                boolean poster = row.table().equals("posters");
                long posterId = (Long) row.values().get(poster ? "id" : "poster_id");
                if (poster && PosterQueries.idBy(c, "SELECT id FROM posters WHERE sha256 = ?",
                        (String) row.values().get("sha256")).isEmpty() && !PosterQueries.exists(c, posterId)) {
                    restored.add(posterId);
                }
                if (restored.contains(posterId)) insert(c, row); // a poster row comes before its own rows
            }
            return List.copyOf(restored);
        });
    }

    private static List<RemovedPosters.TableRow> rows(Connection c, String table, String key, long id)
            throws SQLException {
        List<RemovedPosters.TableRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE " + key + " = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) values.put(meta.getColumnName(i), value(rs, i));
                    out.add(new RemovedPosters.TableRow(table, values));
                }
            }
        }
        return out;
    }

    /** Integers as Long whatever their size (the driver gives Integer for small ones), so ids compare alike. */
    private static Object value(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v instanceof Integer i ? Long.valueOf(i) : v;
    }

    private static void insert(Connection c, RemovedPosters.TableRow row) throws SQLException {
        List<String> columns = List.copyOf(row.values().keySet());
        String sql = "INSERT INTO " + row.table() + "(" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) s.setObject(i + 1, row.values().get(columns.get(i)));
            s.executeUpdate();
        }
    }
}
