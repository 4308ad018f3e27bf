package app.affiche.catalogue;

import app.affiche.catalogue.team.WorkClaims;
import app.affiche.catalogue.team.WorkTask;
import app.affiche.catalogue.team.WorkerId;
import app.affiche.poster.CatalogueLocation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** The catalogue's side of shared work: a worker's own connection, and the bench's reset. */
final class TeamWork {
    private TeamWork() {
    }

    static WorkClaims register(CatalogueLocation location, WorkTask task, String encoderId, Duration lease) {
        if (!location.postgresql()) throw new IllegalStateException("work is shared through a PostgreSQL catalogue");
        Connection c = PgConnect.connect(location);
        try {
            return new WorkClaims(c, WorkerId.current(), task, encoderId, lease);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the registration failure is what matters
            }
            throw new CatalogueException("cannot register as a worker on " + location + ": " + PgConnect.reason(e), e);
        }
    }

    static Void forget(Connection c, String encoderId) throws SQLException {
        for (String sql : List.of("DELETE FROM embeddings WHERE encoder_id = ?",
                "DELETE FROM embedding_failures WHERE encoder_id = ?",
                "DELETE FROM work_claims WHERE encoder_id = ?", "DELETE FROM workers WHERE encoder_id = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, encoderId);
                s.executeUpdate();
            }
        }
        return null;
    }
}
