package app.affiche.heads;

import app.affiche.poster.Decade;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The decade distribution the decade head assumes before it looks at a poster. The head itself is trained with
 * every decade weighted alike, so the prior is a choice, not an accident of the training set: uniform until the
 * curator has confirmed years of his own, then his catalogue's decades (smoothed towards uniform), so a vintage
 * dealer's Affiche learns that his stock is vintage. The training set's own mix is never used: on the shared posters
 * it is 82 % post-1980, which placed most 1930s posters in the 1980s–2010s.
 *
 * @param probabilities one per decade of the head, summing to 1
 * @param source        in words, for the training report and `affiche eval`
 */
public record DecadePrior(double[] probabilities, String source) {
    /** Curator-confirmed years needed before the catalogue's decades replace the uniform prior. */
    public static final int MIN_CURATED = 20;
    /** Pseudo-counts of the uniform prior mixed into the catalogue's: 20 confirmed years weigh as much as it. */
    static final double SMOOTHING = 20;

    public static DecadePrior uniform(int decades, String why) {
        double[] p = new double[decades];
        java.util.Arrays.fill(p, 1.0 / decades);
        return new DecadePrior(p, "uniform over " + decades + " decades (" + why + ")");
    }

    /** The catalogue's prior from the decades of the curator-confirmed posters, or uniform with too few of them. */
    public static DecadePrior fromCurated(List<Decade> decades, Map<Decade, Integer> curated) {
        int n = 0, vintage = 0;
        for (Decade d : decades) {
            int c = curated.getOrDefault(d, 0);
            n += c;
            if (d.start() < HeadsEvaluator.ERA_SPLIT) vintage += c;
        }
        if (n < MIN_CURATED)
            return uniform(decades.size(), n + " curator-confirmed years, the catalogue's decades count from " + MIN_CURATED);
        double[] p = new double[decades.size()];
        for (int k = 0; k < p.length; k++)
            p[k] = (curated.getOrDefault(decades.get(k), 0) + SMOOTHING / p.length) / (n + SMOOTHING);
        return new DecadePrior(p, String.format(Locale.ROOT,
                "the catalogue's: %d curator-confirmed years, %.0f %% before 1980", n, 100.0 * vintage / n));
    }

    double[] logs() {
        double[] l = new double[probabilities.length];
        for (int k = 0; k < l.length; k++) l[k] = Math.log(Math.max(probabilities[k], 1e-12));
        return l;
    }
}
