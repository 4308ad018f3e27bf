package app.affiche.pipeline;

import app.affiche.heads.EvalReport;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsEvaluator;
import app.affiche.heads.HeadsException;
import app.affiche.heads.HeadsTrainer;
import app.affiche.heads.LabelledEmbedding;
import app.affiche.heads.Metrics;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingData;
import app.affiche.heads.TrainingListener;
import app.affiche.poster.Genres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * `affiche eval`: trains heads from scratch on one labelled CSV and scores them on another, through the same
 * trainer and predictor the app uses. Images that are missing or unreadable are listed and left out.
 */
public final class EvalRun {
    /** Resamples behind the 95 % intervals: about 1 s a scope on 1,425 test posters; the ends move ≤ 0.002 between seeds. */
    static final int BOOTSTRAP_ROUNDS = 1000;

    private final HeadsConfig config;
    private final String encoderId;
    private final Function<List<Path>, FileEmbedder.Result> embedder;

    public EvalRun(HeadsConfig config, String encoderId, Function<List<Path>, FileEmbedder.Result> embedder) {
        this.config = config;
        this.encoderId = encoderId;
        this.embedder = embedder;
    }

    /** @param heads the heads trained on the whole training CSV: "global", each decade with its own, "decade" */
    public record Outcome(EvalReport report, int trainSamples, int testSamples, List<String> excludedTrain,
                          List<String> heads, String decadePrior) {
    }

    public Outcome run(List<LabelledCsv.Row> train, List<LabelledCsv.Row> test) {
        List<String> excludedTrain = new ArrayList<>();
        List<String> excludedTest = new ArrayList<>();
        List<LabelledEmbedding> a = embed(train, excludedTrain);
        List<LabelledEmbedding> b = embed(test, excludedTest);
        if (a.isEmpty()) throw new HeadsException("no usable training images: every image in the training CSV failed");
        List<String> vocab = LabelledCsv.vocabulary(train, Genres.TMDB);
        Predictor predictor = trainOn(a, vocab);
        EvalReport r = HeadsEvaluator.evaluate(predictor, b, excludedTest, BOOTSTRAP_ROUNDS, config.seed());
        Map<String, Metrics.Summary> cross = new LinkedHashMap<>();
        Predicate<LabelledEmbedding> pre = e -> e.year() != null && e.year() < HeadsEvaluator.ERA_SPLIT;
        Predicate<LabelledEmbedding> post = e -> e.year() != null && e.year() >= HeadsEvaluator.ERA_SPLIT;
        for (var trainEra : List.of(Map.entry("pre1980", pre), Map.entry("from1980", post))) {
            List<LabelledEmbedding> part = a.stream().filter(trainEra.getValue()).toList();
            Predictor p;
            try {
                p = trainOn(part, vocab);
            } catch (HeadsException | IllegalArgumentException e) {
                continue;
            }
            for (var testEra : List.of(Map.entry("pre1980", pre), Map.entry("from1980", post))) {
                List<LabelledEmbedding> tpart = b.stream().filter(testEra.getValue()).toList();
                if (tpart.isEmpty()) continue;
                cross.put(trainEra.getKey() + "->" + testEra.getKey(),
                        HeadsEvaluator.evaluate(p, tpart, List.of()).overall());
            }
        }
        EvalReport full = r.withCrossEra(cross);
        List<String> heads = new ArrayList<>(List.of("global"));
        predictor.heads().perDecade().keySet().forEach(d -> heads.add(d.label()));
        if (predictor.heads().decadeHead() != null) heads.add("decade");
        var dh = predictor.heads().decadeHead();
        return new Outcome(full, a.size(), b.size(), excludedTrain, heads, dh == null ? null : dh.prior().source());
    }

    private Predictor trainOn(List<LabelledEmbedding> items, List<String> vocab) {
        if (items.isEmpty()) throw new HeadsException("no training items");
        TrainingData data = new TrainingData(encoderId, items.stream().map(LabelledEmbedding::embedding).toArray(float[][]::new),
                items.stream().map(LabelledEmbedding::genres).toList(), items.stream().map(LabelledEmbedding::year).toList(), vocab);
        return new Predictor(new HeadsTrainer(config).train(data, TrainingListener.NONE, () -> false).heads());
    }

    private List<LabelledEmbedding> embed(List<LabelledCsv.Row> rows, List<String> excluded) {
        FileEmbedder.Result r = embedder.apply(rows.stream().map(LabelledCsv.Row::file).toList());
        List<LabelledEmbedding> out = new ArrayList<>();
        for (LabelledCsv.Row row : rows) {
            float[] e = r.embeddings().get(row.file());
            if (e == null) excluded.add(row.file() + ": " + r.failed().getOrDefault(row.file(), "not embedded"));
            else out.add(new LabelledEmbedding(row.id(), e, row.genres(), row.year()));
        }
        return out;
    }
}
