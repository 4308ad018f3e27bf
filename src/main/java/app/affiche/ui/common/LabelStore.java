package app.affiche.ui.common;

import app.affiche.catalogue.RemovedPosters;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The part of the catalogue that undoable edits change: labels, title and year, and which posters are in it. */
public interface LabelStore {
    List<GenreLabel> labels(long posterId);

    void setConfirmedLabels(long posterId, Set<String> genres, LabelSource source);

    /** A curator's edit: both set exactly (null clears). */
    void setTitleAndYear(long posterId, String title, Integer year);

    /** Puts title and year back with the sources they had (undo); an unknown source counts as curator. */
    void restoreTitleAndYear(long posterId, String title, LabelSource titleSource, Integer year,
                             LabelSource yearSource);

    /** Sets the confirmed genres (as curator) of several posters in one transaction. */
    void setCuratorGenres(Map<Long, Set<String>> genresByPoster);

    /** Puts confirmed genres back with the source they had, for several posters in one transaction (undo). */
    void restoreGenres(Map<Long, Set<String>> genresByPoster, Map<Long, LabelSource> sources);

    /** Removes posters with everything stored about them, in one transaction; the result can put them back. */
    RemovedPosters removePosters(Set<Long> posterIds);

    /** Puts removed posters back; returns the ids restored (a poster imported again meanwhile is not). */
    List<Long> restorePosters(RemovedPosters removed);
}
