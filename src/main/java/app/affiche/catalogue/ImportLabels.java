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

    /**
     * Called on an import worker for each file once hashed, before the poster is stored (also for a file already
     * catalogued): labels read from files beside it (a sidecar) are read here, off the writer's transaction.
     * {@code path} is the path the poster is stored under. Does nothing by default.
     */
    default void prepare(java.nio.file.Path file, String path, String sha256) {
    }

    /** These labels, then {@code later}'s: for a poster both name, the later ones are applied last and win. */
    default ImportLabels then(ImportLabels later) {
        ImportLabels first = this;
        return new ImportLabels() {
            @Override
            public List<LabelUpdate> forStored(List<NewPoster> posters, List<AddResult> results) {
                List<LabelUpdate> all = new java.util.ArrayList<>(first.forStored(posters, results));
                all.addAll(later.forStored(posters, results));
                return all;
            }

            @Override
            public void prepare(java.nio.file.Path file, String path, String sha256) {
                first.prepare(file, path, sha256);
                later.prepare(file, path, sha256);
            }
        };
    }
}
