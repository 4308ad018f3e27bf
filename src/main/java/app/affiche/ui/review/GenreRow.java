package app.affiche.ui.review;

/**
 * One line of the genre list: its key, the model's confidence (null if none), the threshold that applies to this
 * poster, and across the selected posters how many the draft gives the genre ({@code draft}: what Enter saves) and
 * how many carry it in the catalogue now ({@code saved}); {@code changed} when Enter would change it on any poster.
 */
public record GenreRow(String genre, String key, Double confidence, double threshold, Suggestion suggestion,
                       Coverage draft, Coverage saved, boolean changed) {
    public enum Coverage { ALL, SOME, NONE }

    /** What the line says, in the order the eye needs it: what Enter will do first, then the model's view. */
    public enum State {
        /** in the draft and already saved */
        SAVED,
        /** in the draft, not saved yet */
        NEW,
        /** saved, left out of the draft: Enter removes it */
        REMOVED,
        /** in the draft of some of the selected posters only */
        SOME,
        /** suggested at or above the threshold, not in the draft */
        SUGGESTED,
        /** in the band just below the threshold, never in the draft by itself */
        MAYBE,
        NONE
    }

    public State state() {
        if (draft == Coverage.SOME) return State.SOME;
        if (draft == Coverage.ALL) return changed ? State.NEW : State.SAVED;
        if (changed) return State.REMOVED;
        return switch (suggestion) {
            case LIKELY -> State.SUGGESTED;
            case MAYBE -> State.MAYBE;
            case NONE -> State.NONE;
        };
    }
}
