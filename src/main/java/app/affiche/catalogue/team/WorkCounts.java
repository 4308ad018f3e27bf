package app.affiche.catalogue.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Where one task stands for one encoder: posters done, pending (neither done nor failed) and failed, and how many
 * of the pending are claimed by a live lease. Plain SQL both engines run; only PostgreSQL has claims.
 */
public record WorkCounts(String task, String encoderId, int done, int pending, int failed, int claimed) {

    /** Embed and tag counts for this encoder. */
    public static List<WorkCounts> of(Connection c, String encoderId, boolean withClaims) throws SQLException {
        int posters = one(c, "SELECT count(*) FROM posters");
        int embedded = one(c, "SELECT count(*) FROM embeddings WHERE encoder_id = ?", encoderId);
        int failed = one(c, "SELECT count(*) FROM embedding_failures f WHERE f.encoder_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM embeddings e WHERE e.poster_id = f.poster_id AND e.encoder_id = f.encoder_id)", encoderId);
        int tagged = one(c, "SELECT count(*) FROM posters p WHERE EXISTS (SELECT 1 FROM labels l WHERE"
                + " l.poster_id = p.id AND l.source = 'model')");
        int untagged = one(c, "SELECT count(*) FROM embeddings e WHERE e.encoder_id = ? AND NOT EXISTS (SELECT 1"
                + " FROM labels l WHERE l.poster_id = e.poster_id AND l.source = 'model')", encoderId);
        if (withClaims && hasClaims(c)) { // tagged with nothing left to suggest: marked done by its kept claim
            int marked = one(c, "SELECT count(*) FROM work_claims w WHERE w.task = 'tag' AND w.encoder_id = ? AND w.done"
                    + " AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.poster_id = w.poster_id AND l.source = 'model')",
                    encoderId);
            tagged += marked;
            untagged -= marked;
        }
        int embedClaims = withClaims ? claims(c, WorkTask.EMBED, encoderId) : 0;
        int tagClaims = withClaims ? claims(c, WorkTask.TAG, encoderId) : 0;
        return List.of(new WorkCounts("embed", encoderId, embedded, posters - embedded - failed, failed, embedClaims),
                new WorkCounts("tag", encoderId, tagged, untagged, 0, tagClaims));
    }

    /** Live claims: on a catalogue that never had a worker the table is not there, and there are none. */
    private static int claims(Connection c, WorkTask task, String encoderId) throws SQLException {
        if (!hasClaims(c)) return 0;
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM work_claims WHERE task = ?"
                + " AND encoder_id = ? AND lease_until > now() AND NOT done")) {
            s.setString(1, task.sqlName());
            s.setString(2, encoderId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static boolean hasClaims(Connection c) throws SQLException {
        return one(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'work_claims'") > 0;
    }

    private static int one(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setString(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
