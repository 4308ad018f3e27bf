package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import app.affiche.poster.Prediction;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real (if tiny) predictor for tests: L2-regularised logistic regression on standardised embeddings, trained by
 * gradient descent, answering one genre and its complement. Stands in for the heads until they are merged.
 */
public final class TinyLogisticPredictor implements PreviewPredictor {
    private final String genre;
    private final String other;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private double bias;

    /** "Striped" against "Plain", trained on 40 generated posters (every other one striped) embedded by the encoder. */
    static TinyLogisticPredictor onStripes(Encoder encoder) throws Exception {
        Random random = new Random(11);
        List<BufferedImage> images = new ArrayList<>();
        boolean[] striped = new boolean[40];
        for (int i = 0; i < striped.length; i++) {
            striped[i] = i % 2 == 0;
            images.add(SyntheticPosters.make(striped[i], random));
        }
        return new TinyLogisticPredictor("Striped", "Plain", encoder.embed(images), striped, 1.0);
    }

    public TinyLogisticPredictor(String genre, String other, float[][] x, boolean[] y, double l2) {
        this.genre = genre;
        this.other = other;
        int d = x[0].length;
        mean = new double[d];
        scale = new double[d];
        for (float[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / (double) x.length;
        for (float[] row : x) for (int j = 0; j < d; j++) scale[j] += Math.pow(row[j] - mean[j], 2) / x.length;
        for (int j = 0; j < d; j++) scale[j] = 1 / Math.sqrt(scale[j] + 1e-6);
        weights = new double[d];
        double rate = 0.05;
        for (int epoch = 0; epoch < 300; epoch++) {
            double[] grad = new double[d];
            double gradBias = 0;
            for (int i = 0; i < x.length; i++) {
                double err = logistic(logit(x[i])) - (y[i] ? 1 : 0);
                for (int j = 0; j < d; j++) grad[j] += err * (x[i][j] - mean[j]) * scale[j] / x.length;
                gradBias += err / x.length;
            }
            for (int j = 0; j < d; j++) weights[j] -= rate * (grad[j] + l2 * weights[j]);
            bias -= rate * gradBias;
        }
    }

    double logit(float[] e) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) z += weights[j] * (e[j] - mean[j]) * scale[j];
        return z;
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public Prediction predict(float[] embedding) {
        double p = logistic(logit(embedding));
        return new Prediction(Map.of(genre, p, other, 1 - p), p >= 0.5 ? List.of(genre) : List.of(other), List.of(),
                // the genre's poster from the 1950s, the other from the 1990s; judged at 0.5 both ways
                new TreeMap<>(Map.of(new app.affiche.poster.Decade(1950), p, new app.affiche.poster.Decade(1990), 1 - p)),
                List.of("test-logistic"), Map.of(genre, 0.5, other, 0.5), 0);
    }
}
