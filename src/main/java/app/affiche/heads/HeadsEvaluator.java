package app.affiche.heads;

import app.affiche.poster.Decade;
import app.affiche.poster.Prediction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Scores a predictor on labelled embeddings exactly as `affiche predict` would run (known years are used). */
public final class HeadsEvaluator {
    public static final int ERA_SPLIT = 1980;

    private HeadsEvaluator() {
    }

    public static EvalReport evaluate(Predictor predictor, List<LabelledEmbedding> test, List<String> excluded) {
        return evaluate(predictor, test, excluded, 0, 0L);
    }

    /** As above, with 95 % bootstrap intervals over {@code rounds} resamples of the test posters (0: none). */
    public static EvalReport evaluate(Predictor predictor, List<LabelledEmbedding> test, List<String> excluded,
                                      int rounds, long seed) {
        List<String> genres = predictor.heads().genres();
        List<Set<String>> truth = new ArrayList<>();
        List<Set<String>> pred = new ArrayList<>();
        List<Set<String>> undatedPred = new ArrayList<>();
        List<Double> genreConf = new ArrayList<>();
        List<Boolean> genreHit = new ArrayList<>();
        for (LabelledEmbedding t : test) {
            truth.add(t.genres());
            Prediction p = predictor.predict(t.embedding(), t.year());
            pred.add(new HashSet<>(p.genres()));
            undatedPred.add(t.year() == null ? new HashSet<>(p.genres())
                    : new HashSet<>(predictor.predict(t.embedding(), null).genres()));
            p.genreProbabilities().forEach((g, prob) -> {
                genreConf.add(prob);
                genreHit.add(t.genres().contains(g));
            });
        }
        Map<String, Predicate<LabelledEmbedding>> eras = new LinkedHashMap<>();
        eras.put("pre1980", t -> t.year() != null && t.year() < ERA_SPLIT);
        eras.put("pre1940", t -> t.year() != null && t.year() < 1940);
        eras.put("from1980", t -> t.year() != null && t.year() >= ERA_SPLIT);
        Map<String, Metrics.Summary> byEra = new LinkedHashMap<>();
        Map<String, Map<String, Bootstrap.Interval>> intervals = new LinkedHashMap<>();
        if (rounds > 0) intervals.put("all", Bootstrap.f1Intervals(genres, truth, pred, rounds, seed));
        eras.forEach((era, keep) -> {
            List<Set<String>> t = pick(test, truth, keep), p = pick(test, pred, keep);
            byEra.put(era, Metrics.summarise(genres, t, p));
            if (rounds > 0 && !t.isEmpty() && !era.equals("pre1940")) intervals.put(era, Bootstrap.f1Intervals(genres, t, p, rounds, seed));
        });
        Map<String, Metrics.Summary> byDecade = new LinkedHashMap<>();
        TreeSet<Decade> testDecades = new TreeSet<>();
        for (LabelledEmbedding t : test) if (t.year() != null) testDecades.add(Decade.ofYear(t.year()));
        for (Decade d : testDecades)
            byDecade.put(d.label(), subset(genres, test, truth, pred, t -> t.year() != null && d.contains(t.year())));

        TreeSet<Decade> all = new TreeSet<>(testDecades);
        if (predictor.heads().decadeHead() != null) all.addAll(predictor.heads().decadeHead().decades());
        List<Decade> decades = List.copyOf(all);
        DecadeScores ds = DecadeScores.of(predictor, test, decades, eras);
        Map<String, Metrics.Summary> undated = new LinkedHashMap<>();
        undated.put("all", Metrics.summarise(genres, truth, undatedPred));
        undated.put("pre1980", subset(genres, test, truth, undatedPred, eras.get("pre1980")));
        double genreEce = Calibration.ece(genreConf.stream().mapToDouble(Double::doubleValue).toArray(), toArray(genreHit));
        return new EvalReport(Metrics.summarise(genres, truth, pred), byEra, byDecade,
                ds.overall().exact(), ds.overall().within1(), ds.overall().samples(),
                decades.stream().map(Decade::label).toList(), ds.confusion(), new TreeMap<>(), List.copyOf(excluded), intervals,
                ds.byEra(), ds.balancedAccuracy(), ds.ece(), genreEce, undated);
    }

    static boolean[] toArray(List<Boolean> b) {
        boolean[] a = new boolean[b.size()];
        for (int i = 0; i < a.length; i++) a[i] = b.get(i);
        return a;
    }

    private static Metrics.Summary subset(List<String> genres, List<LabelledEmbedding> test, List<Set<String>> truth,
                                          List<Set<String>> pred, Predicate<LabelledEmbedding> keep) {
        return Metrics.summarise(genres, pick(test, truth, keep), pick(test, pred, keep));
    }

    /** The values (parallel to test) of the posters kept. */
    private static <T> List<T> pick(List<LabelledEmbedding> test, List<T> values, Predicate<LabelledEmbedding> keep) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) if (keep.test(test.get(i))) out.add(values.get(i));
        return out;
    }
}
