package app.affiche.pipeline;

import app.affiche.heads.EvalReport;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsEvaluator;
import app.affiche.heads.HeadsTrainer;
import app.affiche.heads.LabelledEmbedding;
import app.affiche.heads.Metrics;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingData;
import app.affiche.heads.TrainingListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The product's promise, measured: a curator confirms vintage posters and Affiche gets better at vintage. Pre-1980
 * posters are held back (a pool to confirm, and a test slice); heads are trained on the rest as imported labels, then
 * retrained after each step with that many pool posters added as curator-confirmed labels, and scored on the test
 * slice, which never changes.
 */
public final class LearningCurve {
    /** One step of the curve. */
    public record Step(int confirmed, double decadeExact, double decadeWithin1, double weightedF1, double macroF1,
                       double retrainSeconds, String prior) {
    }

    private final HeadsConfig config;
    private final String encoderId;
    private final List<String> vocabulary;

    public LearningCurve(HeadsConfig config, String encoderId, List<String> vocabulary) {
        this.config = config;
        this.encoderId = encoderId;
        this.vocabulary = List.copyOf(vocabulary);
    }

    /**
     * @param steps     confirmed-poster counts, ascending (e.g. 0, 50, 100, 200, 400)
     * @param testSize  pre-1980 posters held back for scoring (fewer when there are not enough)
     * @param eachStep  called with each step as it is measured
     */
    public List<Step> run(List<LabelledEmbedding> posters, List<Integer> steps, int testSize, long seed,
                          Consumer<Step> eachStep) {
        List<LabelledEmbedding> vintage = new ArrayList<>(), rest = new ArrayList<>();
        for (LabelledEmbedding p : posters)
            (p.year() != null && p.year() < HeadsEvaluator.ERA_SPLIT ? vintage : rest).add(p);
        Collections.shuffle(vintage, new Random(seed));
        int poolSize = steps.isEmpty() ? 0 : Collections.max(steps);
        if (vintage.size() < poolSize + 10)
            throw new IllegalArgumentException(vintage.size() + " pre-1980 posters: the curve needs at least "
                    + (poolSize + 10) + " (the largest step and a test slice)");
        List<LabelledEmbedding> pool = vintage.subList(0, poolSize);
        List<LabelledEmbedding> test = vintage.subList(poolSize, Math.min(vintage.size(), poolSize + testSize));
        rest.addAll(vintage.subList(poolSize + test.size(), vintage.size()));
        List<Step> out = new ArrayList<>();
        for (int confirmed : steps) {
            long t0 = System.nanoTime();
            Predictor p = train(rest, pool.subList(0, confirmed));
            double seconds = (System.nanoTime() - t0) / 1e9;
            EvalReport r = HeadsEvaluator.evaluate(p, test, List.of());
            Metrics.Summary s = r.overall();
            Step step = new Step(confirmed, r.decadeExact(), r.decadeWithin1(), s.weightedF1(), s.macroF1(), seconds,
                    p.heads().decadeHead() == null ? "-" : p.heads().decadeHead().prior().source());
            out.add(step);
            eachStep.accept(step);
        }
        return out;
    }

    private Predictor train(List<LabelledEmbedding> imported, List<LabelledEmbedding> curated) {
        List<LabelledEmbedding> all = new ArrayList<>(imported);
        all.addAll(curated);
        List<Boolean> byCurator = new ArrayList<>(Collections.nCopies(imported.size(), false));
        byCurator.addAll(Collections.nCopies(curated.size(), true));
        TrainingData data = new TrainingData(encoderId, all.stream().map(LabelledEmbedding::embedding).toArray(float[][]::new),
                all.stream().map(LabelledEmbedding::genres).toList(), all.stream().map(LabelledEmbedding::year).toList(),
                vocabulary, byCurator);
        return new Predictor(new HeadsTrainer(config).train(data, TrainingListener.NONE, () -> false).heads());
    }
}
