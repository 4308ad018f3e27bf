package app.affiche.heads;

/**
 * One genre's one-vs-rest SVM with its calibration and decision threshold.
 *
 * @param suggestFrom  lower edge of the suggestion band (probabilities in [suggestFrom, threshold) are suggested)
 * @param validationF1 out-of-fold F1 at the chosen threshold
 */
public record GenreHead(String genre, LinearScorer scorer, Platt platt, double threshold, double suggestFrom,
                        int positives, double validationF1) {
    public double probability(double[] features) {
        return platt.probability(scorer.score(features));
    }
}
