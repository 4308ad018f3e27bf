package app.affiche.heads;

import app.affiche.poster.Decade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How the decade estimate scores on dated test posters: exact and within one decade, overall and per era, the
 * mean per-decade recall (so the many modern posters cannot hide the vintage ones), the confusion matrix, and the
 * calibration error of the most probable decade's stated probability.
 */
record DecadeScores(EvalReport.DecadeAccuracy overall, Map<String, EvalReport.DecadeAccuracy> byEra,
                    double balancedAccuracy, double ece, int[][] confusion) {

    static DecadeScores of(Predictor predictor, List<LabelledEmbedding> test, List<Decade> decades,
                           Map<String, Predicate<LabelledEmbedding>> eras) {
        int[][] confusion = new int[decades.size()][decades.size()];
        List<LabelledEmbedding> dated = new ArrayList<>();
        List<Decade> estimates = new ArrayList<>();
        List<Double> conf = new ArrayList<>();
        List<Boolean> topRight = new ArrayList<>();
        for (LabelledEmbedding t : test) {
            Decade est = predictor.estimateDecade(t.embedding());
            if (t.year() == null || est == null) continue;
            Decade d = Decade.ofYear(t.year());
            dated.add(t);
            estimates.add(est);
            confusion[decades.indexOf(d)][decades.indexOf(est)]++;
            var top = predictor.predict(t.embedding(), null).decadeProbabilities().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            conf.add(top.getValue());
            topRight.add(top.getKey().equals(d));
        }
        Map<String, EvalReport.DecadeAccuracy> byEra = new LinkedHashMap<>();
        eras.forEach((era, keep) -> byEra.put(era, accuracy(dated, estimates, keep)));
        double recall = 0;
        int seen = 0;
        for (int k = 0; k < decades.size(); k++) {
            int row = 0;
            for (int v : confusion[k]) row += v;
            if (row == 0) continue;
            recall += confusion[k][k] / (double) row;
            seen++;
        }
        double ece = Calibration.ece(conf.stream().mapToDouble(Double::doubleValue).toArray(), HeadsEvaluator.toArray(topRight));
        return new DecadeScores(accuracy(dated, estimates, t -> true), byEra, seen == 0 ? 0 : recall / seen, ece, confusion);
    }

    private static EvalReport.DecadeAccuracy accuracy(List<LabelledEmbedding> dated, List<Decade> est,
                                                      Predicate<LabelledEmbedding> keep) {
        int n = 0, exact = 0, within = 0;
        for (int i = 0; i < dated.size(); i++) {
            if (!keep.test(dated.get(i))) continue;
            Decade d = Decade.ofYear(dated.get(i).year());
            n++;
            if (est.get(i).equals(d)) exact++;
            if (Math.abs(est.get(i).start() - d.start()) <= 10) within++;
        }
        return new EvalReport.DecadeAccuracy(n == 0 ? 0 : exact / (double) n, n == 0 ? 0 : within / (double) n, n);
    }
}
