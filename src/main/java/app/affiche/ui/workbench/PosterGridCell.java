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
    private final Label copies = new Label();
    private final Label caption = new Label();
    private final VBox box;
    private final ChangeListener<PosterCard> cardListener = (o, a, b) -> show(b);
    private PosterSlot slot;
    /** The card the tile shows now (null: none yet). */
    private PosterCard shown;

    PosterGridCell(Thumbnails thumbnails, LongPredicate selected, double width, double imageHeight) {
        this.thumbnails = thumbnails;
        this.selected = selected;
        image.setFitWidth(width - 8);
        image.setFitHeight(imageHeight);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane frame = new StackPane(image, badge, copies);
        frame.getStyleClass().add("tile-frame");
        frame.setPrefSize(width - 8, imageHeight);
        frame.setMinSize(width - 8, imageHeight);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        badge.getStyleClass().add("state-badge");
        StackPane.setAlignment(copies, Pos.BOTTOM_LEFT);
        copies.getStyleClass().add("copies-badge");
        copies.setVisible(false);
        caption.getStyleClass().add("tile-caption");
        caption.setMaxWidth(width - 8);
        box = new VBox(4, frame, caption);
        box.setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("poster-tile");
        box.setVisible(false);
        setGraphic(box);
    }

    @Override
    protected void updateItem(PosterSlot item, boolean empty) {
        super.updateItem(item, empty);
        PosterSlot next = empty ? null : item;
        if (next != slot) {
            if (slot != null) slot.card().removeListener(cardListener);
            if (next != null) next.card().addListener(cardListener);
            slot = next;
        }
        // the tile keeps its graphic: taking it off and putting it back (the grid re-indexes every row on each
        // scroll or growth) would restyle the whole tile each time
        box.setVisible(slot != null);
        if (slot != null) show(slot.card().get());
    }

    /**
     * The grid gives every tile the same fixed size, so what changes inside one (a thumbnail arriving, a caption)
     * is laid out in the tile alone: passed up, it made the grid lay out again, re-index every row on screen and
     * restyle all their tiles, once per thumbnail.
     */
    @Override
    public void requestLayout() {
        setNeedsLayout(true);
    }

    /** Shows a card; what is shown already (the same card, its thumbnail in place) is left alone. */
    private void show(PosterCard card) {
        if (card != null && card.equals(shown) && image.getImage() != null) {
            refreshSelection();
            return;
        }
        if (card == null || shown == null || card.id() != shown.id()) image.setImage(null);
        shown = card;
        if (card == null) {
            caption.setText("…");
            badge.setText("");
            badge.setVisible(false);
            copies.setVisible(false);
            pseudoClassStateChanged(SELECTED, false);
            return;
        }
        caption.setText(card.caption());
        badge.setText(card.state().label());
        badge.setVisible(true);
        copies.setText(card.copiesText());
        copies.setVisible(!card.copiesText().isEmpty());
        for (PosterState s : PosterState.values()) badge.pseudoClassStateChanged(STATES.get(s), s == card.state());
        refreshSelection();
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
    /** The badge's colour per state (a style class change re-applied the whole stylesheet to the badge). */
    private static final java.util.Map<PosterState, javafx.css.PseudoClass> STATES = java.util.Arrays.stream(PosterState.values())
            .collect(java.util.stream.Collectors.toMap(s -> s, s -> javafx.css.PseudoClass.getPseudoClass(
                    s.name().toLowerCase(java.util.Locale.ROOT)), (a, b) -> a, () -> new java.util.EnumMap<>(PosterState.class)));
}
