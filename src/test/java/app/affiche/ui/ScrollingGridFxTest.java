package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.LabelSource;
import app.affiche.ui.workbench.PosterGrid;
import app.affiche.ui.workbench.PosterSlot;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static app.affiche.ui.WorkbenchFxTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps scrolling quick in the real window (issue 19) must not change what it shows: rows of a fixed height
 * (the flow no longer measures hidden rows), thumbnails decoded ahead and shared, the badge's state as a
 * pseudo-class. Each tile shows its own poster's thumbnail and its state's colour, screen after screen. The
 * timings are in {@code affiche bench ui}.
 */
@ExtendWith(ApplicationExtension.class)
class ScrollingGridFxTest {
    private static final int POSTERS = 500;
    @TempDir
    static Path dir;
    private AfficheApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = FxApp.start(stage, Files.createDirectories(dir.resolve("home-" + System.nanoTime())));
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void everyScreenShowsEachPostersOwnThumbnailAndStateColour(FxRobot robot) throws Exception {
        Catalogue catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        Map<Long, Integer> seeds = new HashMap<>();
        List<NewPoster> posters = new ArrayList<>();
        for (int i = 0; i < POSTERS; i++) {
            String sha = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putLong(0x5c011L).putInt(i).array());
            posters.add(new NewPoster(sha, "/posters/s" + i + ".jpg", 1000 + i, 160, 240, "JPEG", "Scroll " + i, 1950,
                    UiTestData.thumbnail(i % 24), null));
        }
        var added = catalogue.addPosters(posters);
        for (int i = 0; i < added.size(); i++) {
            seeds.put(added.get(i).id(), i % 24);
            if (i % 3 == 0) catalogue.setConfirmedLabels(added.get(i).id(), Set.of("Drama"), LabelSource.IMPORT);
        }
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == POSTERS);
        PosterGrid grid = app.controller().grid();
        Map<Integer, Color> expected = new HashMap<>();
        for (int s = 0; s < 24; s++) expected.put(s, centre(new Image(new ByteArrayInputStream(UiTestData.thumbnail(s)))));

        int screens = 0;
        do {
            await(() -> onFx(() -> grid.tilesShown() > 0 && grid.screenLoaded()));
            WaitForAsyncUtils.waitForFxEvents();
            int checked = onFx(() -> checkScreen(robot, grid, seeds, expected));
            assertTrue(checked >= 10, "tiles checked on screen " + screens + ": " + checked);
            screens++;
        } while (screens < 6 && onFx(grid::pageDown));
        assertTrue(screens >= 4, "scrolled " + screens + " screens");
    }

    /** FX thread: each tile's row height, thumbnail and badge colour; returns the tiles checked. */
    private static int checkScreen(FxRobot robot, PosterGrid grid, Map<Long, Integer> seeds, Map<Integer, Color> thumbs) {
        VirtualFlow<?> flow = (VirtualFlow<?>) grid.node().lookup(".virtual-flow");
        double rowHeight = PosterGrid.CELL_HEIGHT + 2 * grid.gridView().getVerticalCellSpacing();
        assertEquals(rowHeight, flow.getFixedCellSize(), 1e-9);
        Map<String, Paint> badgeFill = new HashMap<>();
        int checked = 0;
        for (IndexedCell<?> tile : robot.lookup(".poster-tile").queryAllAs(IndexedCell.class)) {
            if (!(tile.getItem() instanceof PosterSlot slot) || slot.card().get() == null || !tile.getParent().isVisible()
                    || !tile.isVisible()) continue;
            assertEquals(rowHeight, ((javafx.scene.layout.Region) tile.getParent()).getHeight(), 1e-9);
            long id = slot.card().get().id();
            Image shown = ((ImageView) tile.lookup(".image-view")).getImage();
            assertTrue(shown != null, "tile " + slot.index() + " has its thumbnail");
            Color want = thumbs.get(seeds.get(id)), got = centre(shown);
            assertTrue(want.equals(got), "tile " + slot.index() + " shows poster " + id + "'s thumbnail: " + got + " vs " + want);
            Label badge = (Label) tile.lookup(".state-badge");
            Paint fill = badge.getBackground().getFills().getFirst().getFill();
            Paint before = badgeFill.putIfAbsent(badge.getText(), fill);
            if (before != null) assertEquals(before, fill, "one colour per state");
            checked++;
        }
        assertEquals(Color.web("#8a8a8a"), badgeFill.get("Unlabelled"));
        assertTrue(badgeFill.containsKey("Confirmed"), "confirmed posters on screen: " + badgeFill.keySet());
        assertNotEquals(badgeFill.get("Unlabelled"), badgeFill.get("Confirmed"));
        return checked;
    }

    private static Color centre(Image image) {
        return image.getPixelReader().getColor((int) image.getWidth() / 2, (int) image.getHeight() * 4 / 5);
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
