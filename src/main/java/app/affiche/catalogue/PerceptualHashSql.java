package app.affiche.catalogue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** The posters' perceptual hashes (schema v5): read them all, find the posters without one, store computed ones. */
final class PerceptualHashSql {
    private PerceptualHashSql() {
    }

    /** Poster id to hash, for the posters that have one, in id order. */
    static Map<Long, Long> all(Catalogue cat) {
        return cat.read("reading perceptual hashes", c -> {
            Map<Long, Long> out = new LinkedHashMap<>();
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, phash FROM posters WHERE phash IS NOT NULL ORDER BY id")) {
                while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
            }
            return out;
        });
    }

    /** Poster id to file path for the posters imported before hashes were kept, in id order. */
    static Map<Long, String> missing(Catalogue cat) {
        return cat.read("finding posters without a perceptual hash", c -> {
            Map<Long, String> out = new LinkedHashMap<>();
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, path FROM posters WHERE phash IS NULL ORDER BY id")) {
                while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
            }
            return out;
        });
    }

    /** Stores many hashes in one transaction; a poster removed meanwhile is skipped. */
    static void putAll(Catalogue cat, Map<Long, Long> hashes) {
        if (hashes.isEmpty()) return;
        cat.write("storing perceptual hashes", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE posters SET phash = ? WHERE id = ?")) {
                for (var e : hashes.entrySet()) {
                    s.setLong(1, e.getValue());
                    s.setLong(2, e.getKey());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
