package app.affiche.catalogue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Embeddings by id set, for the similar-poster index: which posters have one (read from the primary-key index, so
 * the vectors' pages are never touched) and the vectors of a few hundred named posters at a time.
 */
final class EmbeddingLookups {
    /** Ids per IN (...) list: below SQLite's default limit of host parameters. */
    private static final int IDS_PER_QUERY = 500;

    private EmbeddingLookups() {
    }

    static long[] ids(Catalogue cat, String encoderId) {
        return cat.read("listing embedded posters", c -> {
            long[] out = new long[1024];
            int n = 0;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT poster_id FROM embeddings WHERE encoder_id = ?")) {
                s.setString(1, encoderId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (n == out.length) out = Arrays.copyOf(out, n * 2);
                        out[n++] = rs.getLong(1);
                    }
                }
            }
            out = Arrays.copyOf(out, n);
            Arrays.sort(out);
            return out;
        });
    }

    static Map<Long, float[]> some(Catalogue cat, String encoderId, Collection<Long> posterIds) {
        List<Long> ids = List.copyOf(posterIds);
        Map<Long, float[]> out = new TreeMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            cat.read("reading embeddings", c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT poster_id, vector FROM embeddings WHERE encoder_id = ? "
                        + "AND poster_id IN (" + marks + ")")) {
                    s.setString(1, encoderId);
                    for (int i = 0; i < part.size(); i++) s.setLong(i + 2, part.get(i));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) out.put(rs.getLong(1), Blobs.toFloats(rs.getBytes(2)));
                    }
                }
                return null;
            });
        }
        return out;
    }
}
