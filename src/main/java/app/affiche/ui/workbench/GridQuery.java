package app.affiche.ui.workbench;

import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.Decade;

/** The filter bar's choice; null fields do not filter, a null state shows every catalogued poster. */
public record GridQuery(String genre, Decade decade, PosterState state, String title) {
    public static final GridQuery ALL = new GridQuery(null, null, null, null);

    /** The catalogue filter for this query; suggested and unlabelled are both "no confirmed label" there. */
    public PosterFilter toFilter(int limit, int offset) {
        Boolean unlabelled = state == null ? null : state != PosterState.CONFIRMED;
        String t = title == null || title.isBlank() ? null : title.strip();
        return new PosterFilter(genre, decade, unlabelled, t, limit, offset);
    }

    /** Whether the catalogue filter alone is exact, or labels must be checked per poster. */
    public boolean needsLabelCheck() {
        return state == PosterState.SUGGESTED || state == PosterState.UNLABELLED;
    }
}
