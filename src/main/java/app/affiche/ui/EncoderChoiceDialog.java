package app.affiche.ui;

import app.affiche.embedding.EncoderSpec;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/** Asks which installed encoder to use; says what a change costs (embedding again, retraining the heads). */
final class EncoderChoiceDialog {
    private EncoderChoiceDialog() {
    }

    static Optional<String> ask(Window owner, List<EncoderSpec> installed, String current) {
        ListView<EncoderSpec> list = new ListView<>();
        list.setId("encoder-choices");
        list.getItems().setAll(installed);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EncoderSpec s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.id() + (s.id().equals(current) ? "  (in use)" : "") + " — " + s.dimension()
                        + "-d, " + s.viewList().size() + (s.viewList().size() == 1 ? " view" : " views") + "\n" + (s.notes() == null ? "" : s.notes()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        installed.stream().filter(s -> s.id().equals(current)).findFirst().ifPresent(s -> list.getSelectionModel().select(s));
        Label cost = new Label("Posters are embedded again with the chosen encoder, in the background (progress and "
                + "Pause below). Heads are kept per encoder: retrain (Ctrl+R) once it is done. Confirmed labels never change.");
        cost.setWrapText(true);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Encoder");
        dialog.setHeaderText("Which image encoder should Affiche use?");
        dialog.getDialogPane().setContent(new VBox(10, list, cost));
        dialog.getDialogPane().setPrefSize(640, 420);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().id() : null);
        return dialog.showAndWait();
    }
}
