package app.affiche.ui.common;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The label-changing part of the catalogue, what undoable edits need. */
public interface LabelStore {
    List<GenreLabel> labels(long posterId);

    void setConfirmedLabels(long posterId, Set<String> genres, LabelSource source);

    void setTitleAndYear(long posterId, String title, Integer year);

    /** Sets the confirmed genres (as curator) of several posters in one transaction. */
    void setCuratorGenres(Map<Long, Set<String>> genresByPoster);

    /** Puts confirmed genres back with the source they had, for several posters in one transaction (undo). */
    void restoreGenres(Map<Long, Set<String>> genresByPoster, Map<Long, LabelSource> sources);
}
