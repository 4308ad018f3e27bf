package app.affiche.ui.workbench;

import java.nio.file.Path;

/** A dropped file that could not be catalogued, and why (in the user's words). */
public record Failure(Path file, String reason) {
    @Override
    public String toString() {
        return file.getFileName() + " — " + reason;
    }
}
