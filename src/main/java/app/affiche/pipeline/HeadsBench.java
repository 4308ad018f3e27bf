package app.affiche.pipeline;

import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsTrainer;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingData;
import app.affiche.heads.TrainingListener;
import app.affiche.poster.Genres;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Timings for `affiche bench heads`: full retrain, one-poster prediction, and a generated large label set. */
public final class HeadsBench {
    public record Timing(String what, int samples, double seconds, double targetSeconds) {
    }

    private final HeadsConfig config;

    public HeadsBench(HeadsConfig config) {
        this.config = config;
    }

    /** Trains every head once (after one warm-up on a slice) and times one-poster predictions. */
    public List<Timing> measure(String name, TrainingData data, double trainTarget) {
        List<Timing> out = new ArrayList<>();
        HeadsTrainer trainer = new HeadsTrainer(config);
        long t0 = System.nanoTime();
        HeadsTrainer.Outcome o = trainer.train(data, TrainingListener.NONE, () -> false);
        out.add(new Timing("retrain all heads (" + name + ")", data.size(), (System.nanoTime() - t0) / 1e9, trainTarget));
        Predictor p = new Predictor(o.heads());
        int n = Math.min(2000, data.size());
        for (int i = 0; i < n; i++) p.predict(data.embeddings()[i], data.years().get(i)); // warm-up
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) p.predict(data.embeddings()[i], data.years().get(i));
        out.add(new Timing("predict one poster (" + name + ")", n, (System.nanoTime() - t1) / 1e9 / n, 0.005));
        return out;
    }

    /** Embeddings with genre structure: each genre is a noisy linear function of a few dimensions. */
    public static TrainingData synthetic(int n, int dim, long seed) {
        Random r = new Random(seed);
        List<String> genres = Genres.TMDB;
        float[][] x = new float[n][dim];
        List<Set<String>> labels = new ArrayList<>(n);
        List<Integer> years = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) x[i][j] = (float) Math.abs(r.nextGaussian());
            Set<String> g = new HashSet<>();
            for (int k = 0; k < genres.size(); k++)
                if (x[i][k % dim] + 0.5 * r.nextGaussian() > 1.6 + 0.05 * k) g.add(genres.get(k));
            if (g.isEmpty()) g.add("Drama");
            labels.add(g);
            years.add(1920 + r.nextInt(100));
        }
        return new TrainingData("synthetic", x, labels, years, genres);
    }
}
