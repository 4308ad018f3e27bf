package app.affiche.ui.workbench;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

import java.util.function.LongPredicate;

/** One grid tile: thumbnail, state badge, caption. Tiles are recycled, so late thumbnails check they still belong. */
final class PosterGridCell extends GridCell<PosterSlot> {
    private final Thumbnails thumbnails;
    private final LongPredicate selected;
    private final ImageView image = new ImageView();
    private final Label badge = new Label();
    private final Label caption = new Label();
    private final VBox box;
    private final ChangeListener<PosterCard> cardListener = (o, a, b) -> show(b);
    private PosterSlot slot;

    PosterGridCell(Thumbnails thumbnails, LongPredicate selected, double width, double imageHeight) {
        this.thumbnails = thumbnails;
        this.selected = selected;
        image.setFitWidth(width - 8);
        image.setFitHeight(imageHeight);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane frame = new StackPane(image, badge);
        frame.getStyleClass().add("tile-frame");
        frame.setPrefSize(width - 8, imageHeight);
        frame.setMinSize(width - 8, imageHeight);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        badge.getStyleClass().add("state-badge");
        caption.getStyleClass().add("tile-caption");
        caption.setMaxWidth(width - 8);
        box = new VBox(4, frame, caption);
        box.setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("poster-tile");
    }

    @Override
    protected void updateItem(PosterSlot item, boolean empty) {
        super.updateItem(item, empty);
        if (slot != null) slot.card().removeListener(cardListener);
        slot = empty ? null : item;
        if (slot == null) {
            setGraphic(null);
            return;
        }
        slot.card().addListener(cardListener);
        setGraphic(box);
        show(slot.card().get());
    }

    private void show(PosterCard card) {
        image.setImage(null);
        pseudoClassStateChanged(SELECTED, false);
        if (card == null) {
            caption.setText("…");
            badge.setText("");
            badge.setVisible(false);
            return;
        }
        caption.setText(card.caption());
        badge.setText(card.state().label());
        badge.setVisible(true);
        badge.getStyleClass().removeIf(s -> s.startsWith("state-") && !s.equals("state-badge"));
        badge.getStyleClass().add("state-" + card.state().name().toLowerCase(java.util.Locale.ROOT));
        pseudoClassStateChanged(SELECTED, selected.test(card.id()));
        long id = card.id();
        thumbnails.load(id, img -> {
            PosterCard now = slot == null ? null : slot.card().get();
            if (now != null && now.id() == id) image.setImage(img);
        });
    }

    /** Re-reads the selection marker (after the selection changed). */
    void refreshSelection() {
        PosterCard card = slot == null ? null : slot.card().get();
        pseudoClassStateChanged(SELECTED, card != null && selected.test(card.id()));
    }

    /** Whether this visible tile shows its card and thumbnail (the scrolling benchmark waits for that). */
    boolean loaded() {
        return slot == null || (slot.card().get() != null && image.getImage() != null);
    }

    PosterSlot slot() {
        return slot;
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("picked");
}
