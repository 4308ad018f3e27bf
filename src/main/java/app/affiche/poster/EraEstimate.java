package app.affiche.poster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The era a poster is shown as, from the decade probabilities: one decade where the head is sure of it, else the
 * narrowest run of neighbouring decades that is (e.g. "1940s–1950s"), flagged as unsure where even three decades
 * are not. The stated probability is the run's, and never rounds to 100 %: calibrated heads are still wrong
 * sometimes, and "100 %" told a dealer otherwise.
 *
 * @param from        first decade of the run
 * @param to          last decade of the run (equal to {@code from} for one decade)
 * @param probability the run's probability
 * @param sure        whether the run reaches {@link #SURE}
 */
public record EraEstimate(Decade from, Decade to, double probability, boolean sure) {
    /** A run of decades is shown once it is this probable. */
    public static final double SURE = 0.6;
    private static final int WIDEST = 3;
    private static final double SHOWN_MAX = 0.99;

    /** Null when there are no probabilities (no decade head). */
    public static EraEstimate of(SortedMap<Decade, Double> probabilities) {
        if (probabilities == null || probabilities.isEmpty()) return null;
        List<Map.Entry<Decade, Double>> d = new ArrayList<>(probabilities.entrySet());
        EraEstimate best = null;
        for (int width = 1; width <= Math.min(WIDEST, d.size()); width++) {
            best = null;
            for (int i = 0; i + width <= d.size(); i++) {
                if (d.get(i + width - 1).getKey().start() - d.get(i).getKey().start() != 10 * (width - 1)) continue;
                double p = 0;
                for (int j = i; j < i + width; j++) p += d.get(j).getValue();
                if (best == null || p > best.probability)
                    best = new EraEstimate(d.get(i).getKey(), d.get(i + width - 1).getKey(), p, p >= SURE);
            }
            if (best != null && best.sure) return best;
        }
        return best;
    }

    public boolean single() {
        return from.equals(to);
    }

    /** "1950s", "1940s–1950s", "1930s–1950s". */
    public String range() {
        return single() ? from.label() : from.label() + "–" + to.label();
    }

    /** The probability as shown: a whole percent, at most 99. */
    public String percent() {
        return String.format(Locale.ROOT, "%.0f %%", 100 * Math.min(SHOWN_MAX, probability));
    }

    /** "1950s (72 %)", "1940s–1950s (64 %)", "unsure: 1930s–1950s (48 %)". */
    public String describe() {
        return (sure ? "" : "unsure: ") + range() + " (" + percent() + ")";
    }
}
