package app.affiche.ui.workbench;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.Optional;

/** *Add files…*: the image files to import, chosen in the system's dialog. */
final class AddFilesChooser {
    private AddFilesChooser() {
    }

    static Optional<List<File>> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add posters");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images", "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.webp", "*.bmp", "*.gif"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenMultipleDialog(owner));
    }
}
