package app.affiche.catalogue.team;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker as {@code affiche status} shows it. Alive: not stopped and its heartbeat within its lease (by the
 * server's clock); a worker killed without stopping shows as not alive once its lease has passed.
 */
public record WorkerStatus(String id, String host, long pid, String task, String encoderId, Instant started,
                           Instant heartbeat, boolean alive, boolean stopped, int done, int failed, int claims) {

    /** Every worker that has registered on this catalogue, most recent heartbeat first (none: empty). */
    public static List<WorkerStatus> all(Connection c) throws SQLException {
        List<WorkerStatus> list = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'workers'")) {
                rs.next();
                if (rs.getInt(1) == 0) return list;
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT w.id, w.host, w.pid, w.task, w.encoder_id, w.started_at, w.heartbeat_at,
                      w.stopped_at IS NULL AND w.heartbeat_at > now() - make_interval(secs => w.lease_seconds),
                      w.stopped_at IS NOT NULL, w.done, w.failed,
                      (SELECT count(*) FROM work_claims c WHERE c.worker_id = w.id AND c.lease_until > now() AND NOT c.done)
                    FROM workers w ORDER BY w.heartbeat_at DESC""")) {
                while (rs.next()) {
                    list.add(new WorkerStatus(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                            rs.getBoolean(8), rs.getBoolean(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)));
                }
            }
        }
        return list;
    }
}
