package app.affiche.ui.workbench;

import java.nio.file.Path;

/** Embeds and predicts one imported poster (encoder + heads); unavailable while no encoder is installed. */
public interface TagStage {
    boolean available();

    /** Embeds the poster's image and stores the heads' suggestions; throws with a user-facing reason. */
    void tag(long posterId, Path file) throws Exception;

    TagStage NONE = new TagStage() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void tag(long posterId, Path file) {
            throw new IllegalStateException("no encoder installed");
        }
    };
}
