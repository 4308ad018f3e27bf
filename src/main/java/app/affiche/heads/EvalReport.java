package app.affiche.heads;

import java.util.List;
import java.util.Map;

/**
 * Scores of heads on a test set.
 *
 * @param byEra     "pre1980" and "from1980"
 * @param confusion rows = true decade, columns = estimated decade, both in {@code decades} order
 * @param crossEra  "trainEra→testEra" → scores (filled by the caller that trains per era)
 * @param excluded  test items left out, with the reason
 * @param intervals 95 % bootstrap intervals of the F1 scores for "all" and each era (empty when not asked for)
 * @param decadeByEra            decade exact / within one per era ("pre1980", "pre1940", "from1980")
 * @param decadeBalancedAccuracy mean over decades of the share of its posters placed in it exactly
 * @param decadeEce              expected calibration error (10 bins) of the most probable decade's probability
 * @param genreEce               expected calibration error (10 bins) of every genre probability of every poster
 * @param undated                genre scores with the test posters' years hidden ("all", "pre1980")
 */
public record EvalReport(Metrics.Summary overall, Map<String, Metrics.Summary> byEra,
                         Map<String, Metrics.Summary> byDecade, double decadeExact, double decadeWithin1,
                         int decadeSamples, List<String> decades, int[][] confusion,
                         Map<String, Metrics.Summary> crossEra, List<String> excluded,
                         Map<String, Map<String, Bootstrap.Interval>> intervals,
                         Map<String, DecadeAccuracy> decadeByEra, double decadeBalancedAccuracy, double decadeEce,
                         double genreEce, Map<String, Metrics.Summary> undated) {
    public record DecadeAccuracy(double exact, double within1, int samples) {
    }

    public EvalReport withCrossEra(Map<String, Metrics.Summary> cross) {
        return new EvalReport(overall, byEra, byDecade, decadeExact, decadeWithin1, decadeSamples, decades, confusion,
                cross, excluded, intervals, decadeByEra, decadeBalancedAccuracy, decadeEce, genreEce, undated);
    }
}
