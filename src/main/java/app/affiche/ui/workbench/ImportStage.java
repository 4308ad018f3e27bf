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
        /** The poster is in the catalogue; {@code duplicate}: it already was (same SHA-256), nothing was added. */
        void imported(Path file, long posterId, boolean duplicate);

        void failed(Path file, String reason);
    }
}
