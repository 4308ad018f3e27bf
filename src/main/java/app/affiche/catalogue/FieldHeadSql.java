package app.affiche.catalogue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Heads trained to predict an extra field, one per field and encoder (bytes owned by the heads package). */
final class FieldHeadSql {
    private FieldHeadSql() {
    }

    static void save(Catalogue cat, String field, String encoderId, byte[] head, String provenance, long now) {
        cat.write("storing the head of field " + field, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO field_heads(field, encoder_id, head, "
                    + "provenance, trained_at) VALUES ((SELECT name FROM fields WHERE name = ?), ?, ?, ?, ?) "
                    + "ON CONFLICT (field, encoder_id) DO UPDATE SET head = excluded.head, provenance = excluded.provenance, "
                    + "trained_at = excluded.trained_at")) {
                s.setString(1, field);
                s.setString(2, encoderId);
                s.setBytes(3, head);
                s.setString(4, provenance);
                s.setLong(5, now);
                return s.executeUpdate();
            }
        });
    }

    static Optional<Object> column(Catalogue cat, String field, String encoderId, String column) {
        return cat.read("reading the head of field " + field, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + column
                    + " FROM field_heads WHERE field = ? AND encoder_id = ?")) {
                s.setString(1, field);
                s.setString(2, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getObject(1)) : Optional.empty();
                }
            }
        });
    }

    /** Fields with a head for this encoder, by name. */
    static List<String> fields(Catalogue cat, String encoderId) {
        return cat.read("listing field heads", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT field FROM field_heads WHERE encoder_id = ? ORDER BY "
                            + Engine.of(c).nocaseOrder("field"))) {
                s.setString(1, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
