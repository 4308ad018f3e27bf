package app.affiche.ui.preview;

/** One genre's probability and where it falls: at/above its threshold, in the suggestion band, or below. */
public record GenreBar(String genre, double probability, Band band) {
    public enum Band { ABOVE, SUGGESTED, BELOW }

    public String percent() {
        return Math.round(probability * 100) + " %";
    }
}
