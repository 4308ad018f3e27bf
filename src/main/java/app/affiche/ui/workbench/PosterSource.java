package app.affiche.ui.workbench;

import java.util.List;

/** A filtered, ordered run of posters read a page at a time (background threads only). */
public interface PosterSource {
    int size();

    List<PosterCard> page(int offset, int limit);

    /** A fresh source after a batch added posters (the same one where its order is a snapshot). */
    default PosterSource reopen() {
        return this;
    }

    /** Ids from offset on, for range selection. */
    default List<Long> ids(int offset, int limit) {
        return page(offset, limit).stream().map(PosterCard::id).toList();
    }
}
