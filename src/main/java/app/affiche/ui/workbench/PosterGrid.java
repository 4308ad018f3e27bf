package app.affiche.ui.workbench;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.GridView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The virtualised thumbnail grid (ControlsFX GridView: only visible tiles exist). Clicks are reported with their
 * modifiers; the selection itself lives in the view-model.
 */
public final class PosterGrid {
    public static final double CELL_WIDTH = 150;
    public static final double CELL_HEIGHT = 236;
    private final GridView<PosterSlot> grid = new GridView<>();
    private final List<PosterGridCell> cells = new ArrayList<>();
    private ClickHandler onClick = (slot, e) -> { };

    public interface ClickHandler {
        void clicked(PosterSlot slot, MouseEvent event);
    }

    public PosterGrid(Thumbnails thumbnails, LongPredicate selected) {
        grid.setCellWidth(CELL_WIDTH);
        grid.setCellHeight(CELL_HEIGHT);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setId("poster-grid");
        grid.setCellFactory(g -> {
            PosterGridCell cell = new PosterGridCell(thumbnails, selected, CELL_WIDTH, CELL_HEIGHT - 36);
            cell.setOnMouseClicked(e -> {
                if (cell.slot() != null) onClick.clicked(cell.slot(), e);
            });
            cells.add(cell);
            return cell;
        });
        grid.skinProperty().addListener((o, was, skin) -> fixRowHeight());
    }

    /**
     * Every row is as high as GridRowSkin says (cell height + twice the vertical spacing). Told so, the flow stops
     * measuring rows to estimate its length: on each scroll it laid out and styled a hidden row of tiles (which
     * also asked for their thumbnails) for rows nobody sees, the longest part of a scrolling frame.
     */
    private void fixRowHeight() {
        if (grid.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> vf) {
            vf.fixedCellSizeProperty().bind(grid.cellHeightProperty().add(grid.verticalCellSpacingProperty().multiply(2)));
        }
    }

    public Node node() {
        return grid;
    }

    public GridView<PosterSlot> gridView() {
        return grid;
    }

    public void setItems(PagedPosterList items) {
        grid.setItems(items);
    }

    /**
     * After {@code items} grew from {@code oldSize}. ControlsFX's GridView keeps its flow at zero rows when a list
     * it showed empty grows (the first drop into an empty catalogue stayed blank until something resized the
     * grid), so a list that was empty is handed to it again; a grown non-empty list keeps its scroll position.
     */
    public void grew(PagedPosterList items, int oldSize) {
        if (oldSize > 0 || items.isEmpty()) return;
        grid.setItems(null);
        grid.setItems(items);
    }

    public void onClick(ClickHandler handler) {
        onClick = handler;
    }

    /** Re-marks selected tiles after the selection changed. */
    public void refreshSelection() {
        cells.forEach(PosterGridCell::refreshSelection);
    }

    /** Whether every tile on screen shows its card and thumbnail. */
    public boolean screenLoaded() {
        return cells.stream().filter(c -> c.isVisible() && c.getParent() != null && c.getParent().isVisible())
                .allMatch(PosterGridCell::loaded);
    }

    /**
     * Tiles on screen showing a poster with its thumbnail: {@link #screenLoaded} alone also holds before the grid
     * has any item (no tile on screen), so the start-up benchmark waits for this to be above zero as well.
     */
    public int tilesShown() {
        return (int) cells.stream().filter(c -> c.isVisible() && c.getParent() != null && c.getParent().isVisible())
                .filter(c -> c.slot() != null && c.loaded()).count();
    }

    /** Scrolls one screen down; false at the end. */
    public boolean pageDown() {
        if (grid.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> vf) {
            double before = vf.getPosition();
            vf.scrollPixels(vf.getHeight());
            return vf.getPosition() > before;
        }
        return false;
    }

    /**
     * Scrolls so the tile at {@code index} is visible, and only when it is not wholly in view already: each scroll
     * makes the grid re-index (and so redo) every row on screen.
     */
    public void reveal(int index) {
        var flow = grid.lookup(".virtual-flow");
        if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> vf) {
            int columns = Math.max(1, (int) ((grid.getWidth() - 20) / (CELL_WIDTH + 12)));
            int row = index / columns;
            var cell = vf.getVisibleCell(row);
            boolean inView = cell != null && cell.isVisible() && cell.getLayoutY() >= 0
                    && cell.getLayoutY() + cell.getHeight() <= vf.getHeight();
            if (!inView) vf.scrollTo(row);
        }
    }
}
