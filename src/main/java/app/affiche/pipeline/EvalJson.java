package app.affiche.pipeline;

import app.affiche.heads.EvalReport;
import app.affiche.heads.Metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The `affiche eval --json` document: F1 keys at the top, then by era, by decade, per genre, decades, cross-era. */
public final class EvalJson {
    private EvalJson() {
    }

    public static Map<String, Object> of(EvalRun.Outcome o, long seed, String encoderId) {
        EvalReport r = o.report();
        Map<String, Object> m = new LinkedHashMap<>(scores(r.overall()));
        m.put("decade_exact", r.decadeExact());
        m.put("decade_within_1", r.decadeWithin1());
        m.put("decade_balanced_accuracy", r.decadeBalancedAccuracy());
        Map<String, Object> era = new LinkedHashMap<>();
        r.byEra().forEach((k, v) -> {
            Map<String, Object> e = scores(v);
            EvalReport.DecadeAccuracy d = r.decadeByEra().get(k);
            if (d != null) {
                e.put("decade_exact", d.exact());
                e.put("decade_within_1", d.within1());
                e.put("decade_samples", d.samples());
            }
            era.put(k, e);
        });
        m.put("by_era", era);
        m.put("calibration", Map.of("decade_ece", r.decadeEce(), "genre_ece", r.genreEce(), "bins", 10));
        Map<String, Object> undated = new LinkedHashMap<>();
        r.undated().forEach((k, v) -> undated.put(k, scores(v)));
        m.put("undated", undated);
        Map<String, Object> intervals = new LinkedHashMap<>();
        r.intervals().forEach((scope, byKey) -> {
            Map<String, double[]> lowHigh = new LinkedHashMap<>();
            byKey.forEach((k, i) -> lowHigh.put(k, new double[]{i.low(), i.high()}));
            intervals.put(scope, lowHigh);
        });
        m.put("intervals_95", intervals);
        Map<String, Object> dec = new LinkedHashMap<>();
        r.byDecade().forEach((k, v) -> dec.put(k, scores(v)));
        m.put("by_decade", dec);
        m.put("per_genre", perGenre(r.overall()));
        m.put("decade_confusion", Map.of("decades", r.decades(), "rows_true_columns_estimated", r.confusion(),
                "samples", r.decadeSamples()));
        Map<String, Object> cross = new LinkedHashMap<>();
        r.crossEra().forEach((k, v) -> cross.put(k, scores(v)));
        m.put("cross_era", cross);
        m.put("heads", o.heads());
        m.put("decade_prior", o.decadePrior());
        m.put("train_samples", o.trainSamples());
        m.put("test_samples", o.testSamples());
        m.put("excluded_count", r.excluded().size() + o.excludedTrain().size());
        m.put("excluded", Map.of("train", o.excludedTrain(), "test", r.excluded()));
        m.put("seed", seed);
        m.put("encoder", encoderId);
        return m;
    }

    static Map<String, Object> scores(Metrics.Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("micro_f1", s.microF1());
        m.put("macro_f1", s.macroF1());
        m.put("weighted_f1", s.weightedF1());
        m.put("samples_f1", s.samplesF1());
        m.put("samples", s.samples());
        return m;
    }

    private static Map<String, Object> perGenre(Metrics.Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Metrics.GenreScore g : s.perGenre())
            m.put(g.genre(), Map.of("precision", g.precision(), "recall", g.recall(), "f1", g.f1(), "support", g.support()));
        return m;
    }

    /** Plain-text rendering for the terminal. */
    public static String text(EvalRun.Outcome o) {
        EvalReport r = o.report();
        StringBuilder b = new StringBuilder();
        b.append(String.format("trained on %d posters, tested on %d (%d excluded)%n", o.trainSamples(), o.testSamples(),
                r.excluded().size() + o.excludedTrain().size()));
        b.append("heads: ").append(String.join(", ", o.heads())).append('\n');
        if (o.decadePrior() != null) b.append("decade prior: ").append(o.decadePrior()).append('\n');
        b.append('\n');
        b.append(String.format("%-16s %7s %7s %8s %8s %7s%n", "", "micro", "macro", "weighted", "samples", "n"));
        row(b, "all", r.overall());
        r.byEra().forEach((k, v) -> row(b, k, v));
        r.byDecade().forEach((k, v) -> row(b, k, v));
        if (!r.intervals().isEmpty()) {
            b.append("\n95 % bootstrap intervals (the test posters resampled; a smaller difference is noise):\n");
            r.intervals().forEach((scope, byKey) -> {
                b.append(String.format("  %-14s", scope));
                byKey.forEach((k, i) -> b.append(String.format(" %s %.3f-%.3f", k.replace("_f1", ""), i.low(), i.high())));
                b.append('\n');
            });
        }
        b.append(String.format("%n%-18s %9s %7s %7s %7s%n", "genre", "precision", "recall", "f1", "support"));
        for (Metrics.GenreScore g : r.overall().perGenre())
            b.append(String.format("%-18s %9.3f %7.3f %7.3f %7d%n", g.genre(), g.precision(), g.recall(), g.f1(), g.support()));
        b.append(String.format("%ndecade estimate: exact %.3f, within ±1 decade %.3f (%d posters)%n", r.decadeExact(),
                r.decadeWithin1(), r.decadeSamples()));
        r.decadeByEra().forEach((era, d) -> b.append(String.format("  %-9s exact %.3f, within ±1 %.3f (%d posters)%n",
                era, d.exact(), d.within1(), d.samples())));
        b.append(String.format("  balanced accuracy (mean per-decade exact) %.3f%n", r.decadeBalancedAccuracy()));
        b.append(String.format("calibration error (ECE, 10 bins): decade %.3f, genres %.3f%n", r.decadeEce(), r.genreEce()));
        b.append("genres with the years hidden (undated scans):\n");
        r.undated().forEach((k, v) -> row(b, "  undated " + k, v));
        b.append("confusion (rows true, columns estimated):\n      ");
        for (String d : r.decades()) b.append(String.format("%6s", d.substring(0, 4)));
        b.append('\n');
        for (int i = 0; i < r.decades().size(); i++) {
            b.append(String.format("%6s", r.decades().get(i).substring(0, 4)));
            for (int c : r.confusion()[i]) b.append(String.format("%6d", c));
            b.append('\n');
        }
        b.append("\ncross-era (heads trained on one era, tested on another):\n");
        r.crossEra().forEach((k, v) -> row(b, k, v));
        List<String> ex = new java.util.ArrayList<>(o.excludedTrain());
        ex.addAll(r.excluded());
        if (!ex.isEmpty()) {
            b.append("\nexcluded:\n");
            ex.forEach(e -> b.append("  ").append(e).append('\n'));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Metrics.Summary s) {
        b.append(String.format("%-16s %7.3f %7.3f %8.3f %8.3f %7d%n", name, s.microF1(), s.macroF1(), s.weightedF1(),
                s.samplesF1(), s.samples()));
    }
}
