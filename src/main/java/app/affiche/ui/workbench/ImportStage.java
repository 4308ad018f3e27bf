package app.affiche.ui.workbench;

import java.nio.file.Path;
import java.util.List;

/** The import step of a drop (decode, palette, thumbnail, store), over the pipeline's import batch. */
public interface ImportStage {
    /** Imports the files, reporting each as it finishes; returns when all are finished or after {@link #cancel}. */
    void run(List<Path> files, Sink sink);

    /** Stops the running import: no new file starts. Any thread. */
    void cancel();

    interface Sink {
        void imported(Path file, long posterId);

        void failed(Path file, String reason);
    }
}
