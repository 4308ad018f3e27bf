package app.affiche.heads;

import java.util.Locale;

/** A field head's report as `affiche train --field` prints it and the Retrain window shows it: figures beside the baseline. */
public final class FieldHeadReportText {
    private FieldHeadReportText() {
    }

    public static String describe(FieldHeadReport r, String encoder) {
        StringBuilder b = new StringBuilder();
        b.append(f("field %s (%s) trained on %d labelled posters, encoder %s, in %.1f s%n", r.field(), r.kind(),
                r.samples(), encoder, r.millis() / 1000.0));
        if (r.kind().equals("regression")) {
            b.append(f("%d-fold cross-validated MAE %.3f   baseline (the training folds' mean) %.3f%n", r.folds(), r.mae(),
                    r.baselineMae()));
            return b.toString();
        }
        b.append(f("classes: %s%n", r.classCounts()));
        b.append(f("%d-fold cross-validated   %8s %8s%n", r.folds(), "head", "baseline"));
        b.append(f("  accuracy                %8.3f %8.3f%n", r.accuracy(), r.baselineAccuracy()));
        b.append(f("  balanced accuracy       %8.3f %8.3f%n", r.balancedAccuracy(), r.baselineBalancedAccuracy()));
        b.append(f("  macro-F1                %8.3f %8.3f%n", r.macroF1(), r.baselineMacroF1()));
        b.append("(baseline: always the training folds' most frequent class)\n");
        return b.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
