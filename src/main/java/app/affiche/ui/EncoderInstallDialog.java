package app.affiche.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks where the encoder model is: a typed (or pasted) folder or .onnx file, or one picked with Browse…. A typed
 * path is what a dealer copies from a README or a terminal; a folder chooser alone made him click through it.
 */
final class EncoderInstallDialog {
    private EncoderInstallDialog() {
    }

    static Optional<Path> ask(Window owner) {
        TextField path = new TextField();
        path.setId("encoder-path");
        path.setPromptText("e.g. ~/Downloads/models or …/mobilenetv2-12-fp32.onnx");
        path.setPrefColumnCount(40);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder holding the encoder model (e.g. mobilenetv2-12-fp32.onnx)");
            File dir = chooser.showDialog(owner);
            if (dir != null) path.setText(dir.getPath());
        });
        HBox row = new HBox(8, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        Label hint = new Label("A folder (every known model file in it is installed, SHA-256 checked) or one .onnx file. "
                + "The window starts the encoder as soon as it is installed.");
        hint.setWrapText(true);
        Dialog<Path> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Install encoder");
        dialog.setHeaderText("Where is the encoder model?");
        dialog.getDialogPane().setContent(new VBox(10, row, hint));
        dialog.getDialogPane().setPrefWidth(620);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(path.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? typed(path.getText()) : null);
        dialog.setOnShown(e -> path.requestFocus());
        return dialog.showAndWait();
    }

    /** The path as typed: surrounding quotes and blanks dropped, a leading ~ is the home folder. */
    static Path typed(String text) {
        String t = text.strip();
        if (t.length() > 1 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.equals("~") || t.startsWith("~/")) t = System.getProperty("user.home") + t.substring(1);
        return Path.of(t).toAbsolutePath().normalize();
    }
}
