package app.affiche.ui.about;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** About Affiche: version and the credits the licences ask for (Color Thief is CC BY 2.5). */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Affiche");
        about.setHeaderText("Affiche " + (version == null ? "(development build)" : version));
        TextArea text = new TextArea(credits());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(620, 300);
        about.getDialogPane().setContent(text);
        about.show();
    }

    public static String credits() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("credits.txt")) {
            if (in == null) throw new IllegalStateException("credits.txt missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
