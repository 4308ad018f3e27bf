package app.affiche.catalogue;

import app.affiche.poster.Decade;

/** Which posters to list; null fields do not filter. */
public record PosterFilter(String genre, Decade decade, Boolean unlabelled, String titleContains, int limit, int offset) {
    public static final PosterFilter ALL = new PosterFilter(null, null, null, null, Integer.MAX_VALUE, 0);
}
