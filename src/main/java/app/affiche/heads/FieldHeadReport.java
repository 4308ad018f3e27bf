package app.affiche.heads;

import java.util.Map;

/**
 * A field head's cross-validated figures beside a trivial baseline fitted on the same training folds (the majority
 * class, or the mean), so a figure is never read alone. Category: accuracy, balanced accuracy (mean recall per
 * class) and macro-F1; regression: mean absolute error.
 */
public record FieldHeadReport(String field, String kind, int samples, Map<String, Integer> classCounts, int folds,
                              double accuracy, double balancedAccuracy, double macroF1,
                              double baselineAccuracy, double baselineBalancedAccuracy, double baselineMacroF1,
                              double mae, double baselineMae, long millis) {
}
