package app.affiche.pipeline;

import app.affiche.heads.Bins;
import app.affiche.heads.FieldEvaluation;
import app.affiche.heads.FieldHeadReport;
import app.affiche.heads.FieldHeadTrainer;
import app.affiche.heads.HeadsConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Field heads measured on labelled embeddings outside any catalogue (`affiche bench fields`): a number column as two
 * balanced classes (the reference studies' good vs bad), as named bins, and as a regression, each cross-validated
 * against its trivial baseline.
 */
public final class FieldBench {
    private final HeadsConfig config;
    private final int folds;

    public FieldBench(HeadsConfig config, int folds) {
        this.config = config;
        this.folds = folds;
    }

    public record Sample(float[] embedding, double value) {
    }

    public FieldHeadReport regression(String field, List<Sample> samples) {
        double[] y = samples.stream().mapToDouble(Sample::value).toArray();
        return evaluate(new FieldHeadTrainer.Data(field, "bench", embeddings(samples), null, null, y, null));
    }

    /** The posters in the bins' named ranges; with {@code balance}, each class cut to the smallest's size (seeded). */
    public FieldHeadReport bins(String field, List<Sample> samples, String spec, boolean balance, long seed) {
        Bins bins = Bins.parse(spec);
        List<String> classes = bins.classes();
        List<List<Sample>> byClass = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) byClass.add(new ArrayList<>());
        for (Sample s : samples) {
            String b = bins.of(s.value());
            if (b != null) byClass.get(classes.indexOf(b)).add(s);
        }
        int smallest = byClass.stream().mapToInt(List::size).min().orElse(0);
        List<Sample> kept = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        Random r = new Random(seed);
        for (int c = 0; c < classes.size(); c++) {
            List<Sample> l = new ArrayList<>(byClass.get(c));
            if (balance) {
                Collections.shuffle(l, r);
                l = l.subList(0, smallest);
            }
            for (Sample s : l) {
                kept.add(s);
                labels.add(c);
            }
        }
        return evaluate(new FieldHeadTrainer.Data(field, "bench", embeddings(kept), classes,
                labels.stream().mapToInt(Integer::intValue).toArray(), null, bins.spec()));
    }

    private FieldHeadReport evaluate(FieldHeadTrainer.Data data) {
        return FieldEvaluation.crossValidate(new FieldHeadTrainer(config), data, folds, config.seed(), () -> false);
    }

    private static float[][] embeddings(List<Sample> samples) {
        return samples.stream().map(Sample::embedding).toArray(float[][]::new);
    }
}
