package app.affiche.poster;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the heads say about one poster.
 *
 * @param genreProbabilities calibrated probability per genre
 * @param genres             genres at or above their threshold
 * @param suggested          genres inside the suggestion band just below their threshold
 * @param decadeProbabilities probability per decade (empty when no decade head is trained)
 * @param heads              which heads spoke, e.g. "global", "1950s", "decade"
 * @param thresholds         the threshold each genre was judged by: its era's, blended with a decade's own heads
 *                           where they spoke
 * @param pre1980            how far the pre-1980 thresholds applied: 1 or 0 for a dated poster, the decade head's
 *                           odds of pre-1980 for an undated one
 */
public record Prediction(Map<String, Double> genreProbabilities, List<String> genres, List<String> suggested,
                         SortedMap<Decade, Double> decadeProbabilities, List<String> heads,
                         Map<String, Double> thresholds, double pre1980) {
}
