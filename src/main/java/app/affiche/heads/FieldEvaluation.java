package app.affiche.heads;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * K-fold cross-validation of the whole field-head training (its own inner calibration included) against the trivial
 * baseline fitted on the same training folds: the majority class, or the training folds' mean.
 */
public final class FieldEvaluation {
    private FieldEvaluation() {
    }

    public static FieldHeadReport crossValidate(FieldHeadTrainer trainer, FieldHeadTrainer.Data data, int folds,
                                                long seed, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        int n = data.size();
        int[] fold = HeadsTrainer.folds(n, folds, seed);
        int k = data.regression() ? 0 : data.classes().size();
        int[] predicted = new int[n];
        int[] baseline = new int[n];
        double absError = 0, baselineError = 0;
        for (int f = 0; f < folds; f++) {
            if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
            int ff = f;
            int[] train = IntStream.range(0, n).filter(i -> fold[i] != ff).toArray();
            FieldHeadTrainer.Data part = data.subset(train);
            FieldHead head = trainer.train(part, cancelled);
            double mean = 0;
            int majority = 0;
            if (data.regression()) {
                for (double y : part.numbers()) mean += y / train.length;
            } else {
                int[] counts = new int[k];
                for (int c : part.classOf()) counts[c]++;
                for (int c = 1; c < k; c++) if (counts[c] > counts[majority]) majority = c;
            }
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) continue;
                FieldReading r = head.read(data.embeddings()[i]);
                if (data.regression()) {
                    absError += Math.abs(r.number() - data.numbers()[i]);
                    baselineError += Math.abs(mean - data.numbers()[i]);
                } else {
                    predicted[i] = data.classes().indexOf(r.category());
                    baseline[i] = majority;
                }
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (data.regression()) {
            return new FieldHeadReport(data.field(), "regression", n, Map.of(), folds, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, absError / n, baselineError / n, millis);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : data.classes()) counts.put(c, 0);
        for (int c : data.classOf()) counts.merge(data.classes().get(c), 1, Integer::sum);
        double[] head = scores(data.classOf(), predicted, k);
        double[] base = scores(data.classOf(), baseline, k);
        return new FieldHeadReport(data.field(), data.bins() == null ? "category" : "bins", n, counts, folds,
                head[0], head[1], head[2], base[0], base[1], base[2], Double.NaN, Double.NaN, millis);
    }

    /** Accuracy, balanced accuracy (mean recall over classes present) and macro-F1 of single-label predictions. */
    static double[] scores(int[] truth, int[] predicted, int k) {
        int[] tp = new int[k], fp = new int[k], fn = new int[k];
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == predicted[i]) {
                correct++;
                tp[truth[i]]++;
            } else {
                fn[truth[i]]++;
                if (predicted[i] >= 0) fp[predicted[i]]++;
            }
        }
        double recall = 0, f1 = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            if (tp[c] + fn[c] == 0) continue;
            present++;
            recall += tp[c] / (double) (tp[c] + fn[c]);
            f1 += Metrics.f1(tp[c], fp[c], fn[c]);
        }
        return new double[]{correct / (double) truth.length, recall / present, f1 / present};
    }
}
