package app.affiche.heads;

/**
 * One genre's one-vs-rest SVM with its calibration and decision thresholds.
 *
 * @param suggestFrom       lower edge of the suggestion band (probabilities in [suggestFrom, threshold) are suggested)
 * @param pre1980Threshold  the threshold for posters from before 1980, whose probabilities run lower (equal to
 *                          {@code threshold} where there was too little pre-1980 evidence to choose one)
 * @param validationF1      out-of-fold F1 at the chosen threshold
 */
public record GenreHead(String genre, LinearScorer scorer, Platt platt, double threshold, double suggestFrom,
                        double pre1980Threshold, int positives, double validationF1) {
    public double probability(double[] features) {
        return platt.probability(scorer.score(features));
    }

    /** The threshold for a poster that is from before 1980 with probability {@code pre1980}. */
    public double threshold(double pre1980) {
        return (1 - pre1980) * threshold + pre1980 * pre1980Threshold;
    }

    /** The suggestion band's lower edge, the same fraction of {@link #threshold(double)} as for all posters. */
    public double suggestFrom(double pre1980) {
        return threshold <= 0 ? suggestFrom : threshold(pre1980) * suggestFrom / threshold;
    }
}
