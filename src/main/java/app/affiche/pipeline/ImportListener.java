package app.affiche.pipeline;

/**
 * Receives an import batch's events. Calls come from the batch's threads, one at a time (never concurrently);
 * a UI must hand them over to its own thread and must not block here.
 */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    default void itemChanged(ImportItem item) {
    }

    default void progress(ImportProgress progress) {
    }
}
