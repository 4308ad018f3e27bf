package app.affiche.catalogue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Embeddings, embedding failures and trained heads; each mutation is one Catalogue transaction. */
final class EmbeddingSql {
    /** Upserts are written as ON CONFLICT ... DO UPDATE, which SQLite and PostgreSQL both accept. */
    private static final String UPSERT_EMBEDDING = " ON CONFLICT (poster_id, encoder_id) DO UPDATE SET dim = excluded.dim, "
            + "vector = excluded.vector, created_at = excluded.created_at";

    private EmbeddingSql() {
    }

    static void put(Catalogue cat, long posterId, String encoderId, float[] vector, long now) {
        cat.write("storing an embedding", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO embeddings(poster_id, encoder_id, dim, "
                    + "vector, created_at) VALUES (?, ?, ?, ?, ?)" + UPSERT_EMBEDDING)) {
                s.setLong(1, posterId);
                s.setString(2, encoderId);
                s.setInt(3, vector.length);
                s.setBytes(4, Blobs.toBytes(vector));
                s.setLong(5, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM embedding_failures WHERE poster_id = ? AND encoder_id = ?")) {
                s.setLong(1, posterId);
                s.setString(2, encoderId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Many vectors in one transaction (one fsync): the embed batch's writer stores a batch at a time. */
    static void putAll(Catalogue cat, String encoderId, Map<Long, float[]> vectors, long now) {
        if (vectors.isEmpty()) return;
        cat.write("storing " + vectors.size() + " embeddings", c -> {
            try (PreparedStatement put = c.prepareStatement("INSERT INTO embeddings(poster_id, encoder_id, dim, "
                    + "vector, created_at) VALUES (?, ?, ?, ?, ?)" + UPSERT_EMBEDDING);
                 PreparedStatement clear = c.prepareStatement(
                         "DELETE FROM embedding_failures WHERE poster_id = ? AND encoder_id = ?")) {
                for (Map.Entry<Long, float[]> e : vectors.entrySet()) {
                    put.setLong(1, e.getKey());
                    put.setString(2, encoderId);
                    put.setInt(3, e.getValue().length);
                    put.setBytes(4, Blobs.toBytes(e.getValue()));
                    put.setLong(5, now);
                    put.executeUpdate();
                    clear.setLong(1, e.getKey());
                    clear.setString(2, encoderId);
                    clear.executeUpdate();
                }
            }
            return null;
        });
    }

    static Optional<float[]> one(Catalogue cat, long posterId, String encoderId) {
        return cat.read("reading an embedding", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT vector FROM embeddings WHERE poster_id = ? AND encoder_id = ?")) {
                s.setLong(1, posterId);
                s.setString(2, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(Blobs.toFloats(rs.getBytes(1))) : Optional.empty();
                }
            }
        });
    }

    static Map<Long, float[]> all(Catalogue cat, String encoderId) {
        return cat.read("reading embeddings", c -> {
            Map<Long, float[]> out = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT poster_id, vector FROM embeddings WHERE encoder_id = ?")) {
                s.setString(1, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), Blobs.toFloats(rs.getBytes(2)));
                }
            }
            return out;
        });
    }

    static Map<Long, String> missing(Catalogue cat, String encoderId) {
        return cat.read("finding posters without embeddings", c -> {
            Map<Long, String> paths = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, path FROM posters p WHERE NOT EXISTS (SELECT 1 FROM "
                    + "embeddings e WHERE e.poster_id = p.id AND e.encoder_id = ?) AND NOT EXISTS (SELECT 1 FROM "
                    + "embedding_failures f WHERE f.poster_id = p.id AND f.encoder_id = ?) ORDER BY id")) {
                s.setString(1, encoderId);
                s.setString(2, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) paths.put(rs.getLong(1), rs.getString(2));
                }
            }
            return paths;
        });
    }

    static void markFailed(Catalogue cat, long posterId, String encoderId, String reason, long now) {
        cat.write("recording an embedding failure", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO embedding_failures(poster_id, "
                    + "encoder_id, reason, failed_at) VALUES (?, ?, ?, ?) ON CONFLICT (poster_id, encoder_id) "
                    + "DO UPDATE SET reason = excluded.reason, failed_at = excluded.failed_at")) {
                s.setLong(1, posterId);
                s.setString(2, encoderId);
                s.setString(3, reason);
                s.setLong(4, now);
                return s.executeUpdate();
            }
        });
    }

    static Map<Long, String> failures(Catalogue cat, String encoderId) {
        return cat.read("reading embedding failures", c -> {
            Map<Long, String> out = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT poster_id, reason FROM embedding_failures WHERE encoder_id = ?")) {
                s.setString(1, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    static void saveHeads(Catalogue cat, String encoderId, byte[] heads, String provenance, long now) {
        cat.write("storing heads", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO heads(encoder_id, heads, provenance, "
                    + "trained_at) VALUES (?, ?, ?, ?) ON CONFLICT (encoder_id) DO UPDATE SET heads = excluded.heads, "
                    + "provenance = excluded.provenance, trained_at = excluded.trained_at")) {
                s.setString(1, encoderId);
                s.setBytes(2, heads);
                s.setString(3, provenance);
                s.setLong(4, now);
                return s.executeUpdate();
            }
        });
    }

    static List<String> headsEncoders(Catalogue cat) {
        return cat.read("listing heads", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT encoder_id FROM heads ORDER BY encoder_id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            return ids;
        });
    }

    static Optional<Object> headsColumn(Catalogue cat, String encoderId, String column) {
        return cat.read("reading heads", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM heads WHERE encoder_id = ?")) {
                s.setString(1, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getObject(1)) : Optional.empty();
                }
            }
        });
    }
}
