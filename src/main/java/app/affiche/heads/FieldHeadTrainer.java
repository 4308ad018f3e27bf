package app.affiche.heads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Trains a {@link FieldHead} on embeddings: features as the genre heads' (L2-normalised, standardised, no decade
 * block); categories as class-balanced one-vs-rest SVMs with Platt calibration and thresholds on 3-fold out-of-fold
 * probabilities, then each refitted on all; numbers by ridge regression. Deterministic for a config seed.
 */
public final class FieldHeadTrainer {
    private final HeadsConfig cfg;

    public FieldHeadTrainer(HeadsConfig cfg) {
        this.cfg = cfg;
    }

    /** What a head trains on: embeddings with either a class index per poster or a number per poster. */
    public record Data(String field, String encoderId, float[][] embeddings, List<String> classes, int[] classOf,
                       double[] numbers, String bins) {
        public boolean regression() {
            return numbers != null;
        }

        public int size() {
            return embeddings.length;
        }

        Data subset(int[] idx) {
            float[][] x = new float[idx.length][];
            int[] c = classOf == null ? null : new int[idx.length];
            double[] y = numbers == null ? null : new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                x[i] = embeddings[idx[i]];
                if (c != null) c[i] = classOf[idx[i]];
                if (y != null) y[i] = numbers[idx[i]];
            }
            return new Data(field, encoderId, x, classes, c, y, bins);
        }
    }

    public FieldHead train(Data data, BooleanSupplier cancelled) {
        FeatureTransform tf = FeatureTransform.fit(data.embeddings(), cfg, List.of());
        int n = data.size();
        float[][] dense = new float[n][];
        for (int i = 0; i < n; i++) {
            double[] z = tf.apply(data.embeddings()[i], null);
            dense[i] = new float[z.length];
            for (int j = 0; j < z.length; j++) dense[i][j] = (float) z[j];
        }
        int[] all = IntStream.range(0, n).toArray();
        int dim = tf.inputDimension();
        if (data.regression()) {
            if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
            LinearScorer r = Ridge.fit(dense, all, data.numbers(), cfg.calibrationFolds(), cfg.seed());
            return new FieldHead(data.field(), data.encoderId(), dim, null, tf, List.of(), List.of(), List.of(),
                    new double[0], r);
        }
        int k = data.classes().size();
        int[] fold = HeadsTrainer.folds(n, cfg.calibrationFolds(), cfg.seed());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(cfg.threads(), k)));
        try {
            List<Future<ClassFit>> futures = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                int cc = c;
                futures.add(pool.submit(() -> fitClass(dense, data.classOf(), cc, fold, cancelled)));
            }
            List<LinearScorer> scorers = new ArrayList<>();
            List<Platt> platts = new ArrayList<>();
            double[][] probs = new double[k][];
            boolean[][] truth = new boolean[k][];
            for (int c = 0; c < k; c++) {
                ClassFit fit = TrainingFutures.join(futures.get(c));
                scorers.add(fit.scorer());
                platts.add(fit.platt());
                probs[c] = fit.oof();
                truth[c] = fit.truth();
            }
            double[] thresholds = ThresholdChooser.choose(probs, truth, ThresholdObjective.GENRE_F1);
            return new FieldHead(data.field(), data.encoderId(), dim, data.bins(), tf, data.classes(), scorers, platts,
                    thresholds, null);
        } finally {
            pool.shutdownNow();
        }
    }

    private record ClassFit(LinearScorer scorer, Platt platt, double[] oof, boolean[] truth) {
    }

    private ClassFit fitClass(float[][] x, int[] classOf, int c, int[] fold, BooleanSupplier cancelled) {
        int n = x.length;
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) positive[i] = classOf[i] == c;
        double[] oof = new double[n];
        for (int f = 0; f < cfg.calibrationFolds(); f++) {
            if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
            int ff = f;
            int[] train = IntStream.range(0, n).filter(i -> fold[i] != ff).toArray();
            LinearScorer s = DenseSvm.train(x, train, positive, cfg.c(), 0.1, cfg.seed() + 31L * c + f);
            for (int i = 0; i < n; i++) if (fold[i] == f) oof[i] = s.score(x[i]);
        }
        Platt platt = Platt.fit(oof, positive);
        double[] prob = new double[n];
        for (int i = 0; i < n; i++) prob[i] = platt.probability(oof[i]);
        if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
        LinearScorer full = DenseSvm.train(x, IntStream.range(0, n).toArray(), positive, cfg.c(), 0.1,
                cfg.seed() + 31L * c + cfg.calibrationFolds());
        return new ClassFit(full, platt, prob, positive);
    }
}
