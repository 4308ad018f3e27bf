package app.affiche.catalogue.team;

/**
 * Work that several machines share through a PostgreSQL catalogue. Each task says, as SQL over poster {@code p} and
 * encoder parameter, when a poster is done and when it failed; pending is neither, and not under a live claim.
 */
public enum WorkTask {
    /** An embedding row exists (done) or an embedding failure is recorded (failed). */
    EMBED("embed",
            "EXISTS (SELECT 1 FROM embeddings e WHERE e.poster_id = p.id AND e.encoder_id = ?)",
            "EXISTS (SELECT 1 FROM embedding_failures f WHERE f.poster_id = p.id AND f.encoder_id = ?)"),
    /**
     * Tagging needs an embedding; done once the poster has model labels, or a worker tagged it and found nothing to
     * suggest (its claim is kept, marked done). It has no failures of its own.
     */
    TAG("tag",
            "EXISTS (SELECT 1 FROM labels l WHERE l.poster_id = p.id AND l.source = 'model')"
                    + " OR NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.poster_id = p.id AND e.encoder_id = ?)"
                    + " OR EXISTS (SELECT 1 FROM work_claims w WHERE w.poster_id = p.id AND w.task = 'tag'"
                    + " AND w.encoder_id = ? AND w.done)",
            "FALSE");

    private final String sqlName;
    private final String doneSql;
    private final String failedSql;

    WorkTask(String sqlName, String doneSql, String failedSql) {
        this.sqlName = sqlName;
        this.doneSql = doneSql;
        this.failedSql = failedSql;
    }

    /** How many encoder-id parameters {@link #doneOrSkipped()} and {@link #failed()} take together. */
    int encoderParameters() {
        return (int) (doneSql + failedSql).chars().filter(ch -> ch == '?').count();
    }

    /** Whether a finished claim stays as the record that the poster is done (nothing else records it). */
    boolean keepsFinishedClaims() {
        return this == TAG;
    }

    /** The name stored in {@code work_claims.task} and shown by {@code affiche status}. */
    public String sqlName() {
        return sqlName;
    }

    /** A condition on {@code p} whose parameters are all the encoder id: no more work to do on this poster. */
    String doneOrSkipped() {
        return doneSql;
    }

    /** A condition on {@code p} whose parameters are all the encoder id. */
    String failed() {
        return failedSql;
    }
}
