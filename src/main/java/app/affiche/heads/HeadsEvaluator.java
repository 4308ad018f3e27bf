package app.affiche.heads;

import app.affiche.poster.Decade;

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
        List<String> genres = predictor.heads().genres();
        List<Set<String>> truth = new ArrayList<>();
        List<Set<String>> pred = new ArrayList<>();
        for (LabelledEmbedding t : test) {
            truth.add(t.genres());
            pred.add(new HashSet<>(predictor.predict(t.embedding(), t.year()).genres()));
        }
        Map<String, Metrics.Summary> byEra = new LinkedHashMap<>();
        byEra.put("pre1980", subset(genres, test, truth, pred, t -> t.year() != null && t.year() < ERA_SPLIT));
        byEra.put("from1980", subset(genres, test, truth, pred, t -> t.year() != null && t.year() >= ERA_SPLIT));
        Map<String, Metrics.Summary> byDecade = new LinkedHashMap<>();
        TreeSet<Decade> testDecades = new TreeSet<>();
        for (LabelledEmbedding t : test) if (t.year() != null) testDecades.add(Decade.ofYear(t.year()));
        for (Decade d : testDecades)
            byDecade.put(d.label(), subset(genres, test, truth, pred, t -> t.year() != null && d.contains(t.year())));

        TreeSet<Decade> all = new TreeSet<>(testDecades);
        if (predictor.heads().decadeHead() != null) all.addAll(predictor.heads().decadeHead().decades());
        List<Decade> decades = List.copyOf(all);
        int[][] confusion = new int[decades.size()][decades.size()];
        int exact = 0, within = 0, n = 0;
        for (LabelledEmbedding t : test) {
            Decade est = predictor.estimateDecade(t.embedding());
            if (t.year() == null || est == null) continue;
            Decade d = Decade.ofYear(t.year());
            n++;
            if (est.equals(d)) exact++;
            if (Math.abs(est.start() - d.start()) <= 10) within++;
            confusion[decades.indexOf(d)][decades.indexOf(est)]++;
        }
        return new EvalReport(Metrics.summarise(genres, truth, pred), byEra, byDecade,
                n == 0 ? 0 : exact / (double) n, n == 0 ? 0 : within / (double) n, n,
                decades.stream().map(Decade::label).toList(), confusion, new TreeMap<>(), List.copyOf(excluded));
    }

    private static Metrics.Summary subset(List<String> genres, List<LabelledEmbedding> test, List<Set<String>> truth,
                                          List<Set<String>> pred, Predicate<LabelledEmbedding> keep) {
        List<Set<String>> t = new ArrayList<>(), p = new ArrayList<>();
        for (int i = 0; i < test.size(); i++)
            if (keep.test(test.get(i))) {
                t.add(truth.get(i));
                p.add(pred.get(i));
            }
        return Metrics.summarise(genres, t, p);
    }
}
