package app.affiche.pipeline;

import app.affiche.heads.Predictor;
import app.affiche.poster.Prediction;

/**
 * Genre and decade probabilities for one embedding: the trained heads ({@link #of(Predictor)}) or any other model
 * with the same answer shape. Must be safe to call from a background thread.
 */
@FunctionalInterface
public interface PreviewPredictor {
    Prediction predict(float[] embedding);

    /** The trained heads, asked as for a draft: no known year, so the decade head's estimate informs the genres. */
    static PreviewPredictor of(Predictor heads) {
        return embedding -> heads.predict(embedding, null);
    }
}
