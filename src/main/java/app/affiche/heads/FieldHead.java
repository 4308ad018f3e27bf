package app.affiche.heads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A head over the embeddings for one extra field. A category head (a category field, or a number field's bins): one
 * class-balanced SVM per class against the rest, Platt-calibrated on out-of-fold scores, a threshold per class chosen
 * there as for genres; it reads the most probable class. A regression head: ridge regression on the same features.
 */
public record FieldHead(String field, String encoderId, int dimension, String bins, FeatureTransform transform,
                        List<String> classes, List<LinearScorer> scorers, List<Platt> platts, double[] thresholds,
                        LinearScorer regression) {

    public boolean isRegression() {
        return regression != null;
    }

    public FieldReading read(float[] embedding) {
        double[] x = transform.apply(embedding, null);
        if (isRegression()) return new FieldReading(field, null, regression.score(x), null, true, Map.of());
        double[] p = new double[classes.size()];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = platts.get(k).probability(scorers.get(k).score(x));
            sum += p[k];
        }
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        Map<String, Double> probabilities = new LinkedHashMap<>();
        // one-vs-rest probabilities need not sum to one: shown shares do
        for (int k = 0; k < p.length; k++) probabilities.put(classes.get(k), sum > 0 ? p[k] / sum : 1.0 / p.length);
        return new FieldReading(field, classes.get(best), null, probabilities.get(classes.get(best)),
                p[best] >= thresholds[best], probabilities);
    }
}
