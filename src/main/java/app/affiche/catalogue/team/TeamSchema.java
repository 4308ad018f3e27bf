package app.affiche.catalogue.team;

import java.util.List;

/**
 * The PostgreSQL tables workers share: who is working (heartbeat, counts) and which poster each holds until when.
 * Times are the server's ({@code now()}), never a machine's own clock: workers on several machines compare leases
 * by one clock. A lease is renewed by the holder's heartbeat; one that ran out is anyone's again. A finished tag
 * claim stays, marked done: a poster left with nothing to suggest (every genre confirmed) is not tagged again.
 */
public final class TeamSchema {
    /** Also schema v9 of a PostgreSQL catalogue (PgSchema). */
    public static final List<String> TABLES = List.of("""
            CREATE TABLE IF NOT EXISTS workers(
              id TEXT PRIMARY KEY,
              host TEXT NOT NULL,
              pid BIGINT NOT NULL,
              task TEXT NOT NULL,
              encoder_id TEXT NOT NULL,
              lease_seconds DOUBLE PRECISION NOT NULL,
              started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
              heartbeat_at TIMESTAMPTZ NOT NULL DEFAULT now(),
              stopped_at TIMESTAMPTZ,
              done INTEGER NOT NULL DEFAULT 0,
              failed INTEGER NOT NULL DEFAULT 0)""",
            """
            CREATE TABLE IF NOT EXISTS work_claims(
              poster_id BIGINT NOT NULL REFERENCES posters(id) ON DELETE CASCADE,
              task TEXT NOT NULL CHECK (task IN ('embed', 'tag')),
              encoder_id TEXT NOT NULL,
              worker_id TEXT NOT NULL,
              lease_until TIMESTAMPTZ NOT NULL,
              done BOOLEAN NOT NULL DEFAULT FALSE,
              PRIMARY KEY (poster_id, task, encoder_id))""",
            "CREATE INDEX IF NOT EXISTS work_claims_by_worker ON work_claims(worker_id)");

    private TeamSchema() {
    }
}
