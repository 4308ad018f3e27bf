package app.affiche.ui.workbench;

import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.Decade;

/** The filter bar's choice; null fields do not filter, a null state shows every catalogued poster. */
public record GridQuery(String genre, Decade decade, PosterState state, String title) {
    public static final GridQuery ALL = new GridQuery(null, null, null, null);

    /**
     * The catalogue filter for this query, exact for every state (see {@link PosterState#of}): confirmed = a
     * confirmed label; suggested = none, but a model suggestion; unlabelled = no label at all.
     */
    public PosterFilter toFilter(int limit, int offset) {
        Boolean unlabelled = state == null ? null : state != PosterState.CONFIRMED;
        Boolean suggestions = state == PosterState.SUGGESTED ? Boolean.TRUE
                : state == PosterState.UNLABELLED ? Boolean.FALSE : null;
        String t = title == null || title.isBlank() ? null : title.strip();
        return new PosterFilter(genre, decade, unlabelled, t, limit, offset, suggestions);
    }
}
