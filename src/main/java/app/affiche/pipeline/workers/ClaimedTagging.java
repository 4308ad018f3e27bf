package app.affiche.pipeline.workers;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.team.Claim;
import app.affiche.catalogue.team.WorkClaims;
import app.affiche.heads.Predictor;
import app.affiche.pipeline.ModelSuggestions;
import app.affiche.pipeline.TagBatch;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.Poster;
import app.affiche.poster.Prediction;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code affiche tag} as one of several workers on a shared catalogue: claims embedded posters without model labels
 * a chunk at a time and stores their suggestions, as {@link TagBatch} does for one process. Prediction is quick,
 * so the chunk's lease is renewed between chunks rather than by a heartbeat thread.
 */
public final class ClaimedTagging {
    private static final int CHUNK = 64;

    private ClaimedTagging() {
    }

    /** Returns the posters this worker tagged; a lost server throws SQLException (what is stored stays). */
    public static int run(Catalogue catalogue, WorkClaims claims, Predictor predictor, BooleanSupplier cancelled)
            throws SQLException, InterruptedException {
        int tagged = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        try (app.affiche.catalogue.ModelNotices notices = catalogue.modelNotices()) {
            while (!cancelled.getAsBoolean()) {
                claims.heartbeat();
                List<Claim> got = claims.claim(CHUNK);
                if (got.isEmpty()) {
                    if (claims.remaining() == 0) break;
                    Thread.sleep(500); // the rest is held by others: wait for them or their leases
                    continue;
                }
                List<Long> ids = got.stream().map(Claim::posterId).toList();
                if (!seen.addAll(ids)) { // tagged already and still without model labels (every genre confirmed): done
                    claims.finished(ids, 0, 0);
                    break;
                }
                Map<Long, float[]> embeddings = catalogue.embeddings(predictor.encoderId(), ids);
                int done = 0;
                for (long id : ids) {
                    float[] e = embeddings.get(id);
                    Poster p = catalogue.poster(id).orElse(null);
                    if (e == null || p == null) continue; // removed meanwhile
                    List<GenreLabel> labels = catalogue.labels(id);
                    Prediction pr = predictor.predict(e, p.year());
                    catalogue.setModelLabels(id, ModelSuggestions.of(pr, labels), pr.thresholds());
                    notices.stored(id);
                    done++;
                }
                notices.flush(); // one notification per claimed chunk
                claims.finished(ids, done, 0);
                tagged += done;
            }
        }
        return tagged;
    }
}
