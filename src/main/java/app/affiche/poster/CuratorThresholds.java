package app.affiche.poster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-genre thresholds (and suggestion band) a curator set himself for one encoder's heads, kept in the
 * catalogue. Each is an all-era threshold: a poster the heads judged by a threshold of its own (lower before 1980,
 * blended with a decade's heads) is judged by that one scaled by curator ÷ heads' all-era threshold, so a change moves
 * every era alike and, with nothing set, what the heads said stands.
 *
 * @param genres genre to threshold in [0, 1] (the window's slider reaches 0; the command line asks for more)
 * @param band   the suggestion band as a fraction of each threshold, or null for the heads' own
 */
public record CuratorThresholds(Map<String, Double> genres, Double band) {
    public static final CuratorThresholds NONE = new CuratorThresholds(Map.of(), null);

    public CuratorThresholds {
        genres = Map.copyOf(genres);
        genres.forEach((g, v) -> {
            if (v == null || !(v >= 0 && v <= 1)) throw new IllegalArgumentException("threshold for " + g + " out of range: " + v);
        });
        if (band != null && !(band >= 0 && band < 1)) {
            throw new IllegalArgumentException("suggestion band " + band + " is out of range (0 to below 1)");
        }
    }

    /** Refuses a threshold outside (0, 1]: at 0 every genre would be suggested for every poster. */
    public static double requireThreshold(String genre, Double value) {
        if (value == null || !(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("threshold for " + genre + " must be above 0 and at most 1, not " + value);
        }
        return value;
    }

    public boolean isEmpty() {
        return genres.isEmpty() && band == null;
    }

    /**
     * The threshold in force for a poster the heads judged by {@code judgedBy}, where the heads' all-era threshold for
     * the genre is {@code headsOwn} (null or 0: the curator's as it is, or {@code judgedBy} when he set none).
     */
    public double inForce(String genre, double judgedBy, Double headsOwn) {
        Double curator = genres.get(genre);
        if (curator == null) return judgedBy;
        return headsOwn == null || headsOwn <= 0 ? curator : judgedBy * curator / headsOwn;
    }

    /** With this genre's threshold set (or, value null, given back to the heads). */
    public CuratorThresholds with(String genre, Double value) {
        Map<String, Double> m = new LinkedHashMap<>(genres);
        if (value == null) m.remove(genre);
        else m.put(genre, value);
        return new CuratorThresholds(m, band);
    }
}
