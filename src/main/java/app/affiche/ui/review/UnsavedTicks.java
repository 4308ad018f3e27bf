package app.affiche.ui.review;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before the window closes over genre ticks Enter never saved (they live only in the review's draft). */
public final class UnsavedTicks {
    static final ButtonType KEEP = new ButtonType("Keep reviewing", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType DISCARD = new ButtonType("Close without saving", ButtonBar.ButtonData.OK_DONE);

    private UnsavedTicks() {
    }

    /** True when the window may close: no unsaved ticks, or the curator chose to drop them. FX thread. */
    public static boolean mayClose(Window owner, ReviewViewModel review) {
        int posters = review.unsavedTicks();
        if (posters == 0) return true;
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", KEEP, DISCARD);
        alert.initOwner(owner);
        alert.setTitle("Unsaved genres");
        alert.setHeaderText("Genres ticked on " + posters + " poster" + (posters == 1 ? "" : "s") + " are not saved");
        alert.setContentText("Only Enter saves ticked genres. Keep reviewing to go back and save them, or close and lose them.");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(KEEP)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(DISCARD)).setDefaultButton(false);
        return alert.showAndWait().orElse(KEEP) == DISCARD;
    }
}
