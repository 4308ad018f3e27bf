package app.affiche.catalogue.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One worker's claims on a PostgreSQL catalogue for one task and encoder. {@link #claim} takes up to n pending
 * posters with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers never take the same one; a claim is held for
 * the lease and renewed by {@link #heartbeat}; a worker that dies (even {@code kill -9}) stops renewing, and after
 * the lease its posters are claimable again. Owns its connection (autocommit); calls are serialised.
 */
public final class WorkClaims implements AutoCloseable {
    private final Connection connection;
    private final WorkerId worker;
    private final WorkTask task;
    private final String encoderId;
    private final double leaseSeconds;

    public WorkClaims(Connection connection, WorkerId worker, WorkTask task, String encoderId, Duration lease)
            throws SQLException {
        this.connection = connection;
        this.worker = worker;
        this.task = task;
        this.encoderId = encoderId;
        this.leaseSeconds = lease.toMillis() / 1000.0;
        connection.setAutoCommit(true);
        register();
    }

    public String workerId() {
        return worker.id();
    }

    private void register() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO workers(id, host, pid, task, encoder_id, lease_seconds) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), stopped_at = NULL, task = EXCLUDED.task,
                  encoder_id = EXCLUDED.encoder_id, lease_seconds = EXCLUDED.lease_seconds""")) {
            s.setString(1, worker.id());
            s.setString(2, worker.host());
            s.setLong(3, worker.pid());
            s.setString(4, task.sqlName());
            s.setString(5, encoderId);
            s.setDouble(6, leaseSeconds);
            s.executeUpdate();
        }
    }

    /**
     * Claims up to {@code n} pending posters (neither done nor failed nor under another's live lease), lowest id
     * first. Empty when every pending poster is claimed by others (see {@link #remaining}). A claim that loses a
     * race to a worker committing at the same moment is dropped by the conflict clause and tried again.
     */
    public synchronized List<Claim> claim(int n) throws SQLException {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<Claim> got = claimOnce(n);
            if (!got.isEmpty() || unclaimed() == 0) return got;
        }
        return List.of();
    }

    private List<Claim> claimOnce(int n) throws SQLException {
        String sql = """
                WITH picked AS (
                  SELECT p.id FROM posters p
                  WHERE NOT (%s) AND NOT (%s) AND NOT EXISTS (SELECT 1 FROM work_claims w WHERE w.poster_id = p.id
                    AND w.task = ? AND w.encoder_id = ? AND w.lease_until > now())
                  ORDER BY p.id LIMIT ? FOR UPDATE OF p SKIP LOCKED),
                claimed AS (
                  INSERT INTO work_claims(poster_id, task, encoder_id, worker_id, lease_until)
                  SELECT id, ?, ?, ?, now() + make_interval(secs => ?) FROM picked
                  ON CONFLICT (poster_id, task, encoder_id) DO UPDATE SET worker_id = EXCLUDED.worker_id,
                    lease_until = EXCLUDED.lease_until WHERE work_claims.lease_until <= now() AND NOT work_claims.done
                  RETURNING poster_id)
                SELECT p.id, p.path, p.sha256 FROM claimed c JOIN posters p ON p.id = c.poster_id ORDER BY p.id"""
                .formatted(task.doneOrSkipped(), task.failed());
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = 1;
            for (int k = 0; k < task.encoderParameters(); k++) s.setString(i++, encoderId);
            s.setString(i++, task.sqlName());
            s.setString(i++, encoderId);
            s.setInt(i++, n);
            s.setString(i++, task.sqlName());
            s.setString(i++, encoderId);
            s.setString(i++, worker.id());
            s.setDouble(i, leaseSeconds);
            List<Claim> claims = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) claims.add(new Claim(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            if (claims.isEmpty()) return claims;
            java.util.Set<Long> finished = dropFinished(claims);
            claims.removeIf(c -> finished.contains(c.posterId()));
            return claims;
        }
    }

    /**
     * The claim statement judged "pending" by its snapshot, taken when it started: a poster another worker finished
     * and let go of while it ran looks pending and unclaimed to it. A second statement sees those commits; the
     * claims it finds finished are dropped again.
     */
    private java.util.Set<Long> dropFinished(List<Claim> claims) throws SQLException {
        String sql = ("DELETE FROM work_claims WHERE worker_id = ? AND task = ? AND encoder_id = ? AND poster_id = ANY (?)"
                + " AND NOT done AND poster_id IN (SELECT p.id FROM posters p WHERE (%s) OR (%s)) RETURNING poster_id")
                .formatted(task.doneOrSkipped(), task.failed());
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, worker.id());
            s.setString(2, task.sqlName());
            s.setString(3, encoderId);
            s.setArray(4, connection.createArrayOf("bigint", claims.stream().map(Claim::posterId).toArray()));
            for (int k = 0; k < task.encoderParameters(); k++) s.setString(5 + k, encoderId);
            java.util.Set<Long> out = new java.util.HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        }
    }

    /** Pending posters nobody holds a live claim on. */
    public synchronized int unclaimed() throws SQLException {
        return count("AND NOT EXISTS (SELECT 1 FROM work_claims w WHERE w.poster_id = p.id AND w.task = ?"
                + " AND w.encoder_id = ? AND w.lease_until > now())", true);
    }

    /** Posters neither done nor failed, claimed or not: a worker is finished when this is zero. */
    public synchronized int remaining() throws SQLException {
        return count("", false);
    }

    private int count(String extra, boolean withClaims) throws SQLException {
        String sql = "SELECT count(*) FROM posters p WHERE NOT (" + task.doneOrSkipped() + ") AND NOT ("
                + task.failed() + ") " + extra;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = 1;
            for (int k = 0; k < task.encoderParameters(); k++) s.setString(i++, encoderId);
            if (withClaims) {
                s.setString(i++, task.sqlName());
                s.setString(i, encoderId);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Renews this worker's heartbeat and the leases of everything it holds. */
    public synchronized void heartbeat() throws SQLException {
        try (PreparedStatement w = connection.prepareStatement("UPDATE workers SET heartbeat_at = now() WHERE id = ?");
             PreparedStatement c = connection.prepareStatement(
                     "UPDATE work_claims SET lease_until = now() + make_interval(secs => ?) WHERE worker_id = ? AND NOT done")) {
            w.setString(1, worker.id());
            w.executeUpdate();
            c.setDouble(1, leaseSeconds);
            c.setString(2, worker.id());
            c.executeUpdate();
        }
    }

    /**
     * Lets go of these posters (their results are stored, or they are left for others) and counts the outcome. A
     * tag claim stays as the mark that the poster is done ({@link WorkTask#keepsFinishedClaims()}).
     */
    public synchronized void finished(Collection<Long> posterIds, int done, int failed) throws SQLException {
        try (PreparedStatement d = connection.prepareStatement(task.keepsFinishedClaims()
                ? "UPDATE work_claims SET done = TRUE WHERE worker_id = ? AND task = ? AND encoder_id = ? AND poster_id = ANY (?)"
                : "DELETE FROM work_claims WHERE worker_id = ? AND task = ? AND encoder_id = ? AND poster_id = ANY (?)");
             PreparedStatement w = connection.prepareStatement(
                     "UPDATE workers SET done = done + ?, failed = failed + ?, heartbeat_at = now() WHERE id = ?")) {
            d.setString(1, worker.id());
            d.setString(2, task.sqlName());
            d.setString(3, encoderId);
            d.setArray(4, connection.createArrayOf("bigint", posterIds.toArray()));
            d.executeUpdate();
            w.setInt(1, done);
            w.setInt(2, failed);
            w.setString(3, worker.id());
            w.executeUpdate();
        }
    }

    /** Releases every claim left (a stopped run) and marks the worker stopped; closes the connection. */
    @Override
    public synchronized void close() throws SQLException {
        try (PreparedStatement d = connection.prepareStatement("DELETE FROM work_claims WHERE worker_id = ? AND NOT done");
             PreparedStatement w = connection.prepareStatement("UPDATE workers SET stopped_at = now() WHERE id = ?")) {
            d.setString(1, worker.id());
            d.executeUpdate();
            w.setString(1, worker.id());
            w.executeUpdate();
        } finally {
            connection.close();
        }
    }
}
