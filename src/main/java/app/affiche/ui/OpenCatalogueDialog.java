package app.affiche.ui;

import app.affiche.poster.CatalogueLocation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Open catalogue…: a catalogue file (typed, or picked with Choose file…) or a team catalogue's {@code postgresql://}
 * URL. The text is only parsed here (no I/O on the JavaFX thread); a URL holding a password is refused with the
 * reason, which never repeats it, and OK stays disabled until the text names a usable catalogue.
 */
public final class OpenCatalogueDialog {
    private OpenCatalogueDialog() {
    }

    /** Builds the dialog; {@code home} is the per-user folder (side folders of a team catalogue go there). */
    public static Dialog<CatalogueLocation> create(Window owner, Path home, CatalogueLocation current) {
        TextField where = new TextField(current.postgresql() ? current.toString() : "");
        where.setId("catalogue-location");
        where.setPromptText("a catalogue file, or postgresql://user@host:5432/database");
        where.setPrefColumnCount(44);
        Button choose = new Button("Choose file…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Catalogue file");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Catalogues", "*.db"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File file = chooser.showOpenDialog(owner);
            if (file != null) where.setText(file.getPath());
        });
        HBox row = new HBox(8, where, choose);
        HBox.setHgrow(where, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("catalogue-location-problem");
        problem.setWrapText(true);
        Label hint = new Label("A team catalogue on PostgreSQL takes its password from ~/.pgpass "
                + "(host:port:database:user:password) or PGPASSWORD; Affiche never stores one. "
                + "The catalogue opens in a new window; this one stays as it is.");
        hint.setWrapText(true);
        Dialog<CatalogueLocation> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Open catalogue");
        dialog.setHeaderText("Which catalogue?");
        dialog.getDialogPane().setContent(new VBox(10, row, problem, hint));
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Runnable check = () -> {
            String why = problem(where.getText(), home);
            problem.setText(why == null ? "" : why);
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(why != null);
        };
        where.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == ButtonType.OK ? parse(where.getText(), home) : null);
        dialog.setOnShown(e -> where.requestFocus());
        return dialog;
    }

    public static Optional<CatalogueLocation> ask(Window owner, Path home, CatalogueLocation current) {
        return create(owner, home, current).showAndWait();
    }

    /** Why the text names no usable catalogue, or null when it does. */
    static String problem(String text, Path home) {
        if (text == null || text.isBlank()) return "Type a catalogue file or a postgresql:// URL.";
        try {
            parse(text, home);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static CatalogueLocation parse(String text, Path home) {
        String t = text.strip();
        if (CatalogueLocation.isUrl(t)) return CatalogueLocation.parse(t, home);
        return CatalogueLocation.file(EncoderInstallDialog.typed(t));
    }
}
