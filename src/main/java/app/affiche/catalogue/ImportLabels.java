package app.affiche.catalogue;

import java.util.List;

/**
 * Labels an import writes together with the posters it stores, in the same transaction, so a killed import keeps
 * the labels of every poster it stored. Called inside that transaction: it must only look things up in memory.
 */
public interface ImportLabels {
    ImportLabels NONE = (posters, results) -> List.of();

    /** The label updates for these posters, just stored as {@code results} (same order); often empty. */
    List<LabelUpdate> forStored(List<NewPoster> posters, List<AddResult> results);
}
