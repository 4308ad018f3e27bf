package app.affiche.pipeline;

import app.affiche.poster.Prediction;

/**
 * Genre and decade probabilities for one embedding: the trained heads (e.g. {@code heads::predict}), adapted by
 * the caller so this package needs no particular heads class. Must be safe to call from a background thread.
 */
@FunctionalInterface
public interface PreviewPredictor {
    Prediction predict(float[] embedding);
}
