package app.affiche.ui.workbench;

import java.nio.file.Path;

/** What the batch threads report (on those threads; the UI side hops to the JavaFX thread itself). */
public interface BatchListener {
    /** The poster is in the catalogue: it can appear in the grid now. */
    void posterImported(Path file, long posterId);

    /** The poster's suggestions are stored. */
    void posterTagged(long posterId);

    void posterFailed(Failure failure);

    void progress(BatchProgress progress);
}
