package app.affiche.heads;

import java.util.List;
import java.util.Map;

/**
 * What a training run did, for the command line and the UI.
 *
 * @param decade how the decade head did out of fold, and its prior (null without a decade head)
 */
public record TrainingReport(String encoderId, int samples, List<Scope> scopes, List<String> decadeHeadDecades,
                             int decadeHeadSamples, DecadeFit decade, long millis) {

    /**
     * The decade head on its own training posters, each scored by a model that did not see it.
     *
     * @param within1        share placed within one decade of the truth
     * @param pre1980Within1 the same for posters from before 1980 (NaN without any)
     * @param pre1980        how many of those there were
     * @param prior          the decade prior in force, in words
     * @param curatedPre1980 how many of the pre-1980 posters a curator confirmed (the dealer's own vintage labels)
     */
    public record DecadeFit(double within1, double pre1980Within1, int pre1980, String prior, int curatedPre1980) {
    }

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
