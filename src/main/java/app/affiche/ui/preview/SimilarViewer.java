package app.affiche.ui.preview;

import app.affiche.imaging.PosterDecoder;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * A similar poster enlarged in a window of its own: the thumbnail at once, then the catalogued file read at a
 * readable size in the background (the thumbnail stays when the file moved or cannot be read). Esc or Close shuts it.
 */
final class SimilarViewer {
    static final int SIDE = 900;

    private SimilarViewer() {
    }

    static Stage open(Window owner, SimilarItem item, Image thumbnail, Executor background) {
        ImageView view = new ImageView(thumbnail);
        view.setPreserveRatio(true);
        view.setFitHeight(640);
        view.setFitWidth(480);
        view.setSmooth(true);
        view.getStyleClass().add("similar-enlarged");
        Label caption = new Label(item.caption() + " · " + item.distanceText()
                + (item.similar().poster().path() == null ? "" : "\n" + item.similar().poster().path()));
        caption.setWrapText(true);
        caption.setMaxWidth(480);
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(8, view, caption, close);
        box.setPadding(new Insets(12));
        stage.initOwner(owner);
        stage.setTitle(item.caption());
        stage.setScene(new Scene(box));
        stage.show();
        String path = item.similar().poster().path();
        if (path != null) background.execute(() -> {
            try {
                Path file = Path.of(path);
                if (!Files.isRegularFile(file)) return;
                Image full = SwingFXUtils.toFXImage(new PosterDecoder().read(file, SIDE), null);
                Platform.runLater(() -> view.setImage(full));
            } catch (Exception | LinkageError e) {
                // the thumbnail stays
            }
        });
        return stage;
    }
}
