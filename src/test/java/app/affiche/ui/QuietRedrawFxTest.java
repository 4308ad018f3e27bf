package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static app.affiche.ui.WorkbenchFxTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps key presses quick in the real window (issue 15 item 5): the detail pane's genre lines are built once
 * and follow each poster and threshold in place, and a tile that changes is laid out alone, not the whole grid
 * (which re-indexes and restyles every tile on screen). The timings themselves are in {@code affiche bench ui --keys}.
 */
@ExtendWith(ApplicationExtension.class)
class QuietRedrawFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Catalogue catalogue;
    private List<Long> ids;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        app = FxApp.start(stage, home);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    private void catalogue(FxRobot robot, int posters) throws Exception {
        catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        ids = UiTestData.addPosters(catalogue, posters);
        catalogue.setModelLabels(ids.getFirst(), Map.of("Drama", 0.9));
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == posters);
    }

    @Test
    void genreLinesAreBuiltOnceAndFollowEachPosterAndThresholdInPlace(FxRobot robot) throws Exception {
        catalogue(robot, 3);
        WorkbenchFxTest.clickCaption(robot, "Poster 0 (1950)");
        await(() -> shows(ids.getFirst()) && onFx(() -> style(robot, "Drama")).contains("genre-new"));
        List<Node> before = onFx(() -> List.copyOf(robot.lookup(".genre-row").queryAll()));

        robot.type(KeyCode.RIGHT);
        await(() -> shows(ids.get(1)) && onFx(() -> style(robot, "Drama")).contains("genre-none"));
        robot.interact(() -> app.controller().thresholds().threshold("Drama").set(0.3));
        robot.type(KeyCode.LEFT);
        await(() -> shows(ids.getFirst()) && onFx(() -> style(robot, "Drama")).contains("genre-new"));

        List<Node> after = onFx(() -> List.copyOf(robot.lookup(".genre-row").queryAll()));
        assertEquals(before.size(), after.size());
        assertTrue(after.stream().allMatch(n -> before.stream().anyMatch(b -> b == n)),
                "the same lines, updated in place, not new ones for each poster or threshold");
        for (Node line : after) {
            assertEquals(1, line.getStyleClass().stream().filter(c -> c.startsWith("genre-") && !c.equals("genre-row"))
                    .count(), "each line carries exactly one state: " + line.getStyleClass());
        }
    }

    @Test
    void aTileThatChangesIsLaidOutAloneNotTheWholeGrid(FxRobot robot) throws Exception {
        catalogue(robot, 6);
        // settled: every tile shown, and the no-encoder banner (which resizes the grid) up
        await(() -> onFx(() -> app.controller().grid().screenLoaded()
                && robot.lookup(".state-badge").queryAll().size() >= 6
                && !app.controller().status().banner().get().isEmpty()));
        // a row that needs a layout makes the grid lay out again, re-index every row on screen (each tile to -1
        // and back) and restyle every tile: a change inside a tile (fixed size) must stay in the tile
        AtomicInteger rowLayouts = new AtomicInteger();
        robot.interact(() -> robot.lookup(".poster-tile").queryAllAs(IndexedCell.class).stream()
                .map(Node::getParent).distinct().forEach(row -> row.needsLayoutProperty().addListener((o, was, now) -> {
                    if (now) rowLayouts.incrementAndGet();
                })));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        rowLayouts.set(0);

        catalogue.setModelLabels(ids.get(3), Map.of("Horror", 0.8));
        app.controller().batchListener().posterTagged(ids.get(3));
        await(() -> onFx(() -> robot.lookup(".state-badge").queryAll().stream()
                .filter(n -> ((Label) n).getText().equals("Suggested")).count() == 2));
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, rowLayouts.get(), "the tagged poster's tile changed its badge alone, its row was not laid out");
    }

    @Test
    void paletteChipsAreReusedAndShowEachPostersColours(FxRobot robot) throws Exception {
        catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        PaletteColor red = new PaletteColor(0xC03020, 0.5, false), blue = new PaletteColor(0x2040A0, 0.3, false);
        PaletteColor grey = new PaletteColor(0x808080, 0.2, true);
        ids = List.of(
                catalogue.addPoster(poster(0, new Palette(red, List.of(red, blue), List.of(grey), 3, false))),
                catalogue.addPoster(poster(1, new Palette(blue, List.of(blue), List.of(), 3, true))));
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == 2);
        WorkbenchFxTest.clickCaption(robot, "Palette 0");
        await(() -> shows(ids.getFirst()) && onFx(() -> chips(robot)).equals(List.of("#C03020", "#2040A0", "#808080")));
        Node first = onFx(() -> chipNodes(robot).getFirst());

        robot.type(KeyCode.RIGHT);
        await(() -> shows(ids.get(1)) && onFx(() -> chips(robot)).equals(List.of("#2040A0")));
        assertTrue(first == onFx(() -> chipNodes(robot).getFirst()), "the chip was reused");
        robot.type(KeyCode.LEFT);
        await(() -> shows(ids.getFirst()) && onFx(() -> chips(robot)).equals(List.of("#C03020", "#2040A0", "#808080")));
    }

    private static NewPoster poster(int i, Palette palette) {
        String sha = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putLong(System.nanoTime()).putInt(i).array());
        return new NewPoster(sha, "/posters/palette" + i + ".jpg", 1000, 160, 240, "JPEG", "Palette " + i, null,
                UiTestData.thumbnail(i), palette);
    }

    private static List<Node> chipNodes(FxRobot robot) {
        return robot.lookup("#palette-swatches").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .filter(Node::isVisible).toList();
    }

    private static List<String> chips(FxRobot robot) {
        return chipNodes(robot).stream().map(n -> (String) n.getUserData()).toList();
    }

    private boolean shows(long id) {
        return onFx(() -> {
            var targets = app.controller().reviewViewModel().targets();
            var poster = app.controller().detailViewModel().poster().get();
            return targets.size() == 1 && targets.getFirst().posterId() == id && poster != null && poster.id() == id;
        });
    }

    private static List<String> style(FxRobot robot, String genre) {
        return robot.lookup(".genre-row").queryAll().stream()
                .filter(n -> ((Label) n.lookup(".genre-name")).getText().equals(genre))
                .findFirst().map(Node::getStyleClass).map(List::copyOf).orElse(List.of());
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
