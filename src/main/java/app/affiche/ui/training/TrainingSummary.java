package app.affiche.ui.training;

import app.affiche.heads.TrainingReport;
import app.affiche.pipeline.VintageCurve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A finished retraining in the curator's words: per-genre F1, by decade, what was skipped and why; each field head's
 * report beside its baseline, or why it could not train.
 */
public record TrainingSummary(String headline, List<Row> genres, List<Row> decades, String decadeHead,
                              String repredicted, List<VintageCurve.Point> vintageCurve, List<FieldHeadLine> fieldHeads) {
    /** One line of a table: name, figure (F1 or sample count), and a note (skipped reason, untrained why). */
    public record Row(String name, String figure, String note) {
    }

    public static TrainingSummary of(TrainingReport r, int repredicted) {
        return of(r, repredicted, List.of());
    }

    /** @param curve the dealer's vintage curve so far, drawn once it has two points and enough vintage labels */
    public static TrainingSummary of(TrainingReport r, int repredicted, List<VintageCurve.Point> curve) {
        return of(r, repredicted, curve, List.of());
    }

    public static TrainingSummary of(TrainingReport r, int repredicted, List<VintageCurve.Point> curve,
                                     List<FieldHeadLine> fieldHeads) {
        TrainingReport.Scope global = r.scopes().stream().filter(s -> s.scope().equals("global")).findFirst()
                .orElse(null);
        List<Row> genres = new ArrayList<>();
        if (global != null) {
            global.genreF1().forEach((g, f1) -> genres.add(new Row(g, f1(f1), "")));
            global.skipped().forEach((g, why) -> genres.add(new Row(g, "—", "skipped: " + why)));
            genres.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        }
        List<Row> decades = new ArrayList<>();
        for (TrainingReport.Scope s : r.scopes()) {
            if (s.scope().equals("global")) continue;
            decades.add(s.untrained() != null ? new Row(s.scope(), s.samples() + " posters", "not trained: " + s.untrained())
                    : new Row(s.scope(), s.samples() + " posters",
                    String.format(Locale.ROOT, "micro F1 %.2f · macro F1 %.2f%s", s.microF1(), s.macroF1(), skipped(s.skipped()))));
        }
        String headline = String.format(Locale.ROOT, "Trained on %d confirmed posters with %s in %.1f s%s", r.samples(),
                r.encoderId(), r.millis() / 1000.0, global == null || global.untrained() != null ? ""
                        : String.format(Locale.ROOT, " — micro F1 %.2f, macro F1 %.2f (out of fold)", global.microF1(), global.macroF1()));
        String decadeHead = r.decadeHeadDecades().isEmpty() ? "Decade estimate: not trained (needs posters with years from two decades)"
                : "Decade estimate trained on " + r.decadeHeadSamples() + " posters: " + String.join(", ", r.decadeHeadDecades())
                + decadeFit(r.decade());
        return new TrainingSummary(headline, genres, decades, decadeHead,
                "Re-predicted " + repredicted + " unconfirmed posters with the new heads.", showable(curve),
                List.copyOf(fieldHeads));
    }

    private static List<VintageCurve.Point> showable(List<VintageCurve.Point> curve) {
        return curve.size() >= 2 && curve.getLast().curatedPre1980() >= VintageCurve.ENOUGH ? List.copyOf(curve) : List.of();
    }

    /** "· within one decade 74 % (62 % of 1,210 pre-1980 posters), out of fold · prior: …" */
    static String decadeFit(TrainingReport.DecadeFit f) {
        if (f == null) return "";
        String old = f.pre1980() == 0 ? "" : String.format(Locale.ROOT, " (%.0f %% of %,d pre-1980 posters)",
                100 * f.pre1980Within1(), f.pre1980());
        return String.format(Locale.ROOT, "\nWithin one decade %.0f %%%s, out of fold · prior: %s", 100 * f.within1(), old, f.prior());
    }

    private static String f1(Double v) {
        return v == null || v.isNaN() ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String skipped(Map<String, String> s) {
        return s.isEmpty() ? "" : " · skipped " + String.join(", ", s.keySet());
    }
}
