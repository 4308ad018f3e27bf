package app.affiche.catalogue;

import app.affiche.poster.CuratorThresholds;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The curator's own thresholds per encoder (schema v5). Keyed by encoder id alone, not by the heads' training date:
 * heads are stored one per encoder, and a retrain keeps the thresholds the curator moved (the others follow the new
 * heads' own).
 */
final class CuratorThresholdSql {
    private CuratorThresholdSql() {
    }

    static CuratorThresholds read(Catalogue cat, String encoderId) {
        return cat.read("reading curator thresholds", c -> {
            Map<String, Double> genres = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT genre, threshold FROM curator_thresholds WHERE encoder_id = ? ORDER BY set_at, genre")) {
                s.setString(1, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) genres.put(rs.getString(1), rs.getDouble(2));
                }
            }
            Double band = null;
            try (PreparedStatement s = c.prepareStatement("SELECT band FROM curator_bands WHERE encoder_id = ?")) {
                s.setString(1, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) band = rs.getDouble(1);
                }
            }
            return new CuratorThresholds(genres, band);
        });
    }

    /** Replaces the encoder's whole set in one transaction; a genre kept at the same value keeps its date. */
    static void replace(Catalogue cat, String encoderId, CuratorThresholds t, long now) {
        cat.write("storing curator thresholds", c -> {
            Map<String, Double> before = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT genre, threshold FROM curator_thresholds WHERE encoder_id = ?")) {
                s.setString(1, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) before.put(rs.getString(1), rs.getDouble(2));
                }
            }
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM curator_thresholds WHERE encoder_id = ? AND genre = ?")) {
                for (String g : before.keySet()) {
                    if (t.genres().containsKey(g)) continue;
                    del.setString(1, encoderId);
                    del.setString(2, g);
                    del.executeUpdate();
                }
            }
            try (PreparedStatement put = c.prepareStatement("INSERT INTO curator_thresholds(encoder_id, genre, "
                    + "threshold, set_at) VALUES (?, ?, ?, ?) ON CONFLICT (encoder_id, genre) DO UPDATE SET "
                    + "threshold = excluded.threshold, set_at = excluded.set_at")) {
                for (var e : t.genres().entrySet()) {
                    if (e.getValue().equals(before.get(e.getKey()))) continue;
                    put.setString(1, encoderId);
                    put.setString(2, e.getKey());
                    put.setDouble(3, e.getValue());
                    put.setLong(4, now);
                    put.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement(t.band() == null
                    ? "DELETE FROM curator_bands WHERE encoder_id = ?"
                    : "INSERT INTO curator_bands(encoder_id, band, set_at) VALUES (?, ?, ?) ON CONFLICT (encoder_id) "
                    + "DO UPDATE SET band = excluded.band, set_at = excluded.set_at")) {
                s.setString(1, encoderId);
                if (t.band() != null) {
                    s.setDouble(2, t.band());
                    s.setLong(3, now);
                }
                s.executeUpdate();
            }
            return null;
        });
    }
}
