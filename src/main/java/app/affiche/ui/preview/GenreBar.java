package app.affiche.ui.preview;

/**
 * One genre's probability, the threshold the heads judged it by (null when unknown), and where it falls: at/above
 * that threshold, in the suggestion band just below it, or below.
 */
public record GenreBar(String genre, double probability, Double threshold, Band band) {
    public enum Band { ABOVE, SUGGESTED, BELOW }

    public String percent() {
        return Math.round(probability * 100) + " %";
    }

    /** "threshold 12 %": thresholds differ per genre, so a rare genre can be suggested at a lower figure. */
    public String thresholdText() {
        return threshold == null ? "" : "threshold " + Math.round(threshold * 100) + " %";
    }
}
