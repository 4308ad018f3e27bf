package app.affiche.catalogue;

import app.affiche.poster.Decade;

/**
 * Which posters to list; null fields do not filter.
 *
 * @param unlabelled      true: no confirmed (curator or import) label; false: at least one
 * @param withSuggestions true: at least one model suggestion; false: none
 */
public record PosterFilter(String genre, Decade decade, Boolean unlabelled, String titleContains, int limit, int offset,
                           Boolean withSuggestions) {
    public static final PosterFilter ALL = new PosterFilter(null, null, null, null, Integer.MAX_VALUE, 0);

    public PosterFilter(String genre, Decade decade, Boolean unlabelled, String titleContains, int limit, int offset) {
        this(genre, decade, unlabelled, titleContains, limit, offset, null);
    }
}
