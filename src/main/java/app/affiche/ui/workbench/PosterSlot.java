package app.affiche.ui.workbench;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A grid position whose card arrives when its page has loaded (null until then). */
public final class PosterSlot {
    private final int index;
    private final ReadOnlyObjectWrapper<PosterCard> card = new ReadOnlyObjectWrapper<>();

    PosterSlot(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    public ReadOnlyObjectProperty<PosterCard> card() {
        return card.getReadOnlyProperty();
    }

    void setCard(PosterCard value) {
        card.set(value);
    }
}
