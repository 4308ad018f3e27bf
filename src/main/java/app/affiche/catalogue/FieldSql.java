package app.affiche.catalogue;

import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Extra fields: their declarations, their values per poster and source, and the heads trained on them. A value of
 * each source has its own row, so an import never overwrites a curator's value and a model's never either: what
 * counts is the curator's, else the import's ({@link #confirmed}); the model's is a suggestion beside them.
 */
final class FieldSql {
    private static final String VALUE_COLUMNS = "v.poster_id, f.name, v.source, v.text, v.number, v.confidence";

    private FieldSql() {
    }

    static FieldDefinition add(Catalogue cat, String name, FieldType type, long now) {
        String n = FieldValues.checkName(name);
        return cat.write("adding field " + n, c -> {
            if (definition(c, n).isPresent()) throw new IllegalArgumentException("field " + n + " exists already");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO fields(name, type, created_at) VALUES (?, ?, ?)")) {
                s.setString(1, n);
                s.setString(2, type.key());
                s.setLong(3, now);
                s.executeUpdate();
            }
            return new FieldDefinition(n, type, null);
        });
    }

    static boolean remove(Catalogue cat, String name) {
        return cat.write("removing field " + name, c -> update(c, "DELETE FROM fields WHERE name = ?", name) > 0);
    }

    static void setBins(Catalogue cat, String name, String bins) {
        cat.write("setting the bins of field " + name, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE fields SET bins = ? WHERE name = ?")) {
                s.setString(1, bins);
                s.setString(2, name);
                if (s.executeUpdate() == 0) throw new IllegalArgumentException(unknown(c, name));
            }
            return null;
        });
    }

    static List<FieldDefinition> list(Connection c) throws SQLException {
        List<FieldDefinition> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, type, bins FROM fields ORDER BY "
                + Engine.of(c).nocaseOrder("name"));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) out.add(new FieldDefinition(rs.getString(1), FieldType.ofKey(rs.getString(2)), rs.getString(3)));
        }
        return out;
    }

    static Optional<FieldDefinition> definition(Connection c, String name) throws SQLException {
        return list(c).stream().filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    static FieldDefinition require(Connection c, String name) throws SQLException {
        Optional<FieldDefinition> def = definition(c, name);
        if (def.isEmpty()) throw new IllegalArgumentException(unknown(c, name));
        return def.get();
    }

    /** "unknown field X (fields: a, b)" or "(no fields: affiche field add ...)": for every refusal of a name. */
    static String unknown(Connection c, String name) throws SQLException {
        List<FieldDefinition> all = list(c);
        return "unknown field '" + name + "' " + (all.isEmpty() ? "(no fields yet: `affiche field add NAME --number`)"
                : "(fields: " + String.join(", ", all.stream().map(FieldDefinition::name).toList()) + ")");
    }

    static int imported(Catalogue cat, List<FieldUpdate> updates, long now) {
        return cat.write("applying field values", c -> {
            int kept = 0;
            for (FieldUpdate u : updates) kept += put(c, u.posterId(), u.values(), List.of(), LabelSource.IMPORT, now);
            return kept;
        });
    }

    /**
     * Writes values of one source inside the caller's transaction: a null value clears that source's value. Values
     * are already parsed for their field. Returns how many differ from a curator's value that stays (import only).
     */
    static int put(Connection c, long posterId, List<FieldValue> values, List<String> cleared, LabelSource source,
                   long now) throws SQLException {
        int kept = 0;
        for (String field : cleared) delete(c, posterId, field, source);
        for (FieldValue v : values) {
            if (source == LabelSource.IMPORT) {
                FieldValue curator = one(c, posterId, v.field(), LabelSource.CURATOR);
                if (curator != null && !curator.display().equals(v.display())) kept++;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO field_values(poster_id, field, source, "
                    + "text, number, confidence, set_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (poster_id, field, source) "
                    + "DO UPDATE SET text = excluded.text, number = excluded.number, confidence = excluded.confidence, "
                    + "set_at = excluded.set_at")) {
                s.setLong(1, posterId);
                s.setString(2, v.field());
                s.setString(3, source.key());
                s.setString(4, v.text());
                s.setObject(5, v.number());
                s.setObject(6, v.confidence());
                s.setLong(7, now);
                s.executeUpdate();
            }
        }
        return kept;
    }

    /** Replaces every model value of one field (a tagging run) in one transaction. */
    static void replaceModel(Catalogue cat, String field, Map<Long, FieldValue> values, long now) {
        cat.write("storing predictions of field " + field, c -> {
            update(c, "DELETE FROM field_values WHERE field = ? AND source = 'model'", field);
            for (var e : values.entrySet()) put(c, e.getKey(), List.of(e.getValue()), List.of(), LabelSource.MODEL, now);
            return null;
        });
    }

    /** Every value of one poster, every source, by field name then source (curator, import, model). */
    static List<FieldValue> values(Connection c, long posterId) throws SQLException {
        return query(c, "WHERE v.poster_id = ?", posterId).getOrDefault(posterId, List.of());
    }

    /** All values of all posters (the export's). */
    static Map<Long, List<FieldValue>> all(Connection c) throws SQLException {
        return query(c, "", null);
    }

    /** Per poster, the field's confirmed value: the curator's, else the import's. */
    static Map<Long, FieldValue> confirmed(Connection c, String field) throws SQLException {
        Map<Long, FieldValue> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + VALUE_COLUMNS + " FROM field_values v JOIN fields f "
                + "ON f.name = v.field WHERE v.field = ? AND v.source != 'model' ORDER BY v.poster_id, v.source")) {
            s.setString(1, field);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.putIfAbsent(rs.getLong(1), row(rs)); // 'curator' sorts before 'import'
            }
        }
        return out;
    }

    private static Map<Long, List<FieldValue>> query(Connection c, String where, Long posterId) throws SQLException {
        Map<Long, List<FieldValue>> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + VALUE_COLUMNS + " FROM field_values v JOIN fields f "
                + "ON f.name = v.field " + where + " ORDER BY v.poster_id, "
                + Engine.of(c).nocaseOrder("f.name") + ", v.source")) {
            if (posterId != null) s.setLong(1, posterId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row(rs));
            }
        }
        return out;
    }

    private static FieldValue one(Connection c, long posterId, String field, LabelSource source) throws SQLException {
        return values(c, posterId).stream().filter(v -> v.field().equalsIgnoreCase(field) && v.source() == source)
                .findFirst().orElse(null);
    }

    private static FieldValue row(ResultSet rs) throws SQLException {
        Object number = rs.getObject(5);
        Object confidence = rs.getObject(6);
        return new FieldValue(rs.getString(2), LabelSource.ofKey(rs.getString(3)), rs.getString(4),
                number == null ? null : ((Number) number).doubleValue(),
                confidence == null ? null : ((Number) confidence).doubleValue());
    }

    private static void delete(Connection c, long posterId, String field, LabelSource source) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM field_values WHERE poster_id = ? AND field = ? AND source = ?")) {
            s.setLong(1, posterId);
            s.setString(2, field);
            s.setString(3, source.key());
            s.executeUpdate();
        }
    }

    private static int update(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            return s.executeUpdate();
        }
    }
}
