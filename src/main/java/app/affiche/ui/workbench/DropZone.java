package app.affiche.ui.workbench;

import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;

/** Where files come in: dropped anywhere on the window (with its overlay), or picked with Add files…. */
final class DropZone {
    private DropZone() {
    }

    static void install(WorkbenchView view, Consumer<List<File>> onFiles) {
        view.root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                view.dropOverlay.setVisible(true);
            }
            e.consume();
        });
        view.root.setOnDragExited(e -> view.dropOverlay.setVisible(false));
        view.root.setOnDragDropped(e -> {
            view.dropOverlay.setVisible(false);
            boolean ok = e.getDragboard().hasFiles();
            if (ok) onFiles.accept(e.getDragboard().getFiles());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    static void chooseFiles(Window owner, Consumer<List<File>> onFiles) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add posters");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images", "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.webp", "*.bmp", "*.gif"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) onFiles.accept(files);
    }
}
