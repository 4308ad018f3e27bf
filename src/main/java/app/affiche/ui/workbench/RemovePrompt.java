package app.affiche.ui.workbench;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before posters leave the catalogue, saying what goes with them and that Ctrl+Z brings them back. */
final class RemovePrompt {
    /**
     * A removal is kept whole in memory for undo (about 40 KB a poster): larger ones are for {@code affiche
     * remove}, which needs no undo.
     */
    static final int MAX_POSTERS = 2000;
    static final String REMOVE = "Remove";

    private RemovePrompt() {
    }

    static boolean confirm(Window owner, int count) {
        ButtonType remove = new ButtonType(REMOVE, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", remove, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Remove posters");
        alert.setHeaderText(count == 1 ? "Remove this poster from the catalogue?"
                : "Remove these " + count + " posters from the catalogue?");
        alert.setContentText("Their labels, palette and embeddings go with them. The image files are not touched. "
                + "Ctrl+Z brings them back.");
        // a reviewer's Enter must not remove by accident: the safe button is the default and has the focus
        ((Button) alert.getDialogPane().lookupButton(remove)).setDefaultButton(false);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        alert.setOnShown(e -> cancel.requestFocus());
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
