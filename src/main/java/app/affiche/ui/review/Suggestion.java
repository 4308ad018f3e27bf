package app.affiche.ui.review;

/** How strongly the model suggests a genre, after the per-genre threshold and the band below it. */
public enum Suggestion {
    /** at or above the threshold: accepted by "accept suggestions" */
    LIKELY,
    /** inside the band just below the threshold: shown, never accepted in bulk */
    MAYBE,
    NONE
}
