package app.affiche.heads;

import java.util.List;
import java.util.Map;

/**
 * What a training run did, for the command line and the UI.
 *
 * @param decadePrior the decade prior in force, in words (null without a decade head)
 */
public record TrainingReport(String encoderId, int samples, List<Scope> scopes, List<String> decadeHeadDecades,
                             int decadeHeadSamples, String decadePrior, long millis) {

    /**
     * One scope ("global" or a decade).
     *
     * @param genreF1   out-of-fold F1 per trained genre
     * @param skipped   genre → reason it was not trained
     * @param untrained why the whole scope was not trained (null when it was)
     */
    public record Scope(String scope, int samples, Map<String, Double> genreF1, Map<String, String> skipped,
                        String untrained, double microF1, double macroF1, long millis) {
    }
}
