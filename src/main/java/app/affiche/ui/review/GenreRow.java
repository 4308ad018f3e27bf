package app.affiche.ui.review;

/**
 * One line of the genre list: its key, the model's confidence (null if none), the threshold that applies to this
 * poster, whether the curator confirmed it, and for a multi-selection how many of the selected posters carry it.
 */
public record GenreRow(String genre, String key, Double confidence, double threshold, Suggestion suggestion,
                       Coverage coverage) {
    public enum Coverage { ALL, SOME, NONE }

    public boolean confirmed() {
        return coverage == Coverage.ALL;
    }
}
