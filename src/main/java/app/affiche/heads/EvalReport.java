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
 */
public record EvalReport(Metrics.Summary overall, Map<String, Metrics.Summary> byEra,
                         Map<String, Metrics.Summary> byDecade, double decadeExact, double decadeWithin1,
                         int decadeSamples, List<String> decades, int[][] confusion,
                         Map<String, Metrics.Summary> crossEra, List<String> excluded) {
}
