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
 */
public record EvalReport(Metrics.Summary overall, Map<String, Metrics.Summary> byEra,
                         Map<String, Metrics.Summary> byDecade, double decadeExact, double decadeWithin1,
                         int decadeSamples, List<String> decades, int[][] confusion,
                         Map<String, Metrics.Summary> crossEra, List<String> excluded,
                         Map<String, Map<String, Bootstrap.Interval>> intervals) {
    public EvalReport withCrossEra(Map<String, Metrics.Summary> cross) {
        return new EvalReport(overall, byEra, byDecade, decadeExact, decadeWithin1, decadeSamples, decades, confusion,
                cross, excluded, intervals);
    }
}
