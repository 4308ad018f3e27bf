package app.affiche.heads;

/**
 * Hyper-parameters of the heads, stored with them as provenance. Defaults are the measured best on
 * 5-fold splits of the shared poster set (see README "Genre heads").
 *
 * @param kernel             LINEAR, or RFF (random Fourier features approximating an RBF kernel, then linear)
 * @param rffDimensions      number of random features when kernel = RFF
 * @param rffGamma           RBF gamma relative to 1/dimension (sklearn's "scale" is about 1)
 * @param solver             DENSE (liblinear's dual coordinate descent over dense rows, ~3x faster) or LIBLINEAR
 * @param c                  SVM cost
 * @param l2Normalise        L2-normalise embeddings before anything else
 * @param standardise        z-score each feature (mean/std of the training set)
 * @param calibrationFolds   folds for the out-of-fold scores used by Platt scaling and threshold choice
 * @param refit              retrain each genre on all its data after the folds; false = average the fold models
 *                           (linear, so the mean of the fold scores; one training fewer and each on less data)
 * @param minPositives       a genre with fewer confirmed examples in a scope stays untrained there
 * @param minDecadeLabels    a decade with fewer labelled posters gets no decade-specific heads
 * @param decadeBlend        weight of a decade's own heads against the global ones (0 = global only)
 * @param decadeFeature      append the decade (one-hot; soft decade-head probabilities when the year is unknown)
 * @param decadeFeatureScale value of the decade one-hot entries after standardisation (10: under the strong
 *                           regularisation chosen for C, a unit one-hot barely moved the heads)
 * @param threshold          how per-genre thresholds are chosen on out-of-fold probabilities
 * @param suggestionBand     genres with probability in [threshold * (1 - band), threshold) are suggested
 * @param pre1980Weight      weight of the pre-1980 posters' own per-genre F1 optimum in the global heads' thresholds
 *                           for such posters (0 = one threshold for every era); the rest is the all-era threshold
 * @param decadeC            cost of the decade head's one-vs-rest scorers
 * @param decadeEstimate     ARGMAX; WINDOW: the decade whose ±1 neighbourhood is most probable; NEIGHBOURS: in between
 *                           (own probability plus half its neighbours')
 * @param threads            genres trained in parallel (liblinear itself is single-threaded)
 * @param seed               fold split and solver randomness
 */
public record HeadsConfig(Kernel kernel, int rffDimensions, double rffGamma, Solver solver, double c, boolean l2Normalise,
                          boolean standardise, int calibrationFolds, boolean refit, int minPositives, int minDecadeLabels,
                          double decadeBlend, boolean decadeFeature, double decadeFeatureScale,
                          ThresholdObjective threshold, double suggestionBand, double pre1980Weight, double decadeC,
                          DecadeEstimate decadeEstimate, int threads, long seed) {

    public enum Kernel { LINEAR, RFF }

    public enum Solver { DENSE, LIBLINEAR }

    public enum DecadeEstimate { ARGMAX, NEIGHBOURS, WINDOW }

    public static HeadsConfig defaults() {
        return new HeadsConfig(Kernel.LINEAR, 2048, 1.0, Solver.DENSE, 0.00003, true, true, 3, true, 10, 150,
                0.2, true, 10.0, ThresholdObjective.BALANCED, 0.3, 0.4, 0.0003, DecadeEstimate.NEIGHBOURS, 2, 42L);
    }

    public HeadsConfig withSeed(long s) {
        return new HeadsConfig(kernel, rffDimensions, rffGamma, solver, c, l2Normalise, standardise, calibrationFolds, refit,
                minPositives, minDecadeLabels, decadeBlend, decadeFeature, decadeFeatureScale, threshold,
                suggestionBand, pre1980Weight, decadeC, decadeEstimate, threads, s);
    }

    public HeadsConfig withThreads(int t) {
        return new HeadsConfig(kernel, rffDimensions, rffGamma, solver, c, l2Normalise, standardise, calibrationFolds, refit,
                minPositives, minDecadeLabels, decadeBlend, decadeFeature, decadeFeatureScale, threshold,
                suggestionBand, pre1980Weight, decadeC, decadeEstimate, t, seed);
    }

    public HeadsConfig withDecadeFeatureScale(double scale) {
        return new HeadsConfig(kernel, rffDimensions, rffGamma, solver, c, l2Normalise, standardise, calibrationFolds, refit,
                minPositives, minDecadeLabels, decadeBlend, decadeFeature, scale, threshold,
                suggestionBand, pre1980Weight, decadeC, decadeEstimate, threads, seed);
    }

    public HeadsConfig withPre1980Weight(double weight) {
        return new HeadsConfig(kernel, rffDimensions, rffGamma, solver, c, l2Normalise, standardise, calibrationFolds, refit,
                minPositives, minDecadeLabels, decadeBlend, decadeFeature, decadeFeatureScale, threshold,
                suggestionBand, weight, decadeC, decadeEstimate, threads, seed);
    }

    public HeadsConfig withMinimums(int positives, int decadeLabels) {
        return new HeadsConfig(kernel, rffDimensions, rffGamma, solver, c, l2Normalise, standardise, calibrationFolds, refit,
                positives, decadeLabels, decadeBlend, decadeFeature, decadeFeatureScale, threshold,
                suggestionBand, pre1980Weight, decadeC, decadeEstimate, threads, seed);
    }
}
