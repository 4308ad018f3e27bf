package app.affiche.ui.preview;

import app.affiche.pipeline.PreviewFixture;
import app.affiche.pipeline.SyntheticPosters;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pane on the real toolkit (headless Monocle, software rendering): a dropped draft, a rating, the heatmap toggle. */
class PreviewPaneTest {
    @TempDir
    static Path dir;
    private static PreviewFixture fixture;
    private static ExecutorService background;
    private static PreviewPane pane;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void showPane() throws Exception {
        for (String[] p : new String[][]{{"testfx.robot", "glass"}, {"testfx.headless", "true"}, {"prism.order", "sw"},
                {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"headless.geometry", "1600x1200-32"}})
            if (System.getProperty(p[0]) == null) System.setProperty(p[0], p[1]);
        fixture = new PreviewFixture(dir, 8);
        background = Executors.newSingleThreadExecutor();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            pane = new PreviewPane(() -> fixture.analysis(true, true), background);
            s.setScene(new Scene(pane, 1280, 860));
            s.show();
        });
        assertNotNull(stage);
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (background != null) {
            // A preview still embedding must finish before the encoder closes: closing an ONNX session under a
            // running inference crashes the JVM (SIGSEGV in libonnxruntime), it does not throw.
            background.shutdownNow();
            background.awaitTermination(60, TimeUnit.SECONDS);
        }
        if (fixture != null) fixture.close();
    }

    @Test
    void aDraftShowsPosterHeatmapBarsAndRateableSimilarPosters() throws Exception {
        Path draft = fixture.write(SyntheticPosters.make(true, new Random(12)), "pane-draft.png");
        robot.interact(() -> pane.open(draft));
        PosterView poster = robot.lookup(".drop-zone").queryAs(PosterView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pane.viewModel().runningProperty().get()
                && poster.heatView().getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(5, robot.lookup(".similar-card").queryAll().size());
        List<ImageView> images = List.of(poster.posterView(), poster.heatView());
        assertNotNull(images.get(0).getImage(), "poster shown");
        assertNotNull(images.get(1).getImage(), "heatmap shown");
        assertTrue(images.get(1).isVisible());
        assertTrue(robot.lookup(".bar-above").queryAll().size() >= 2, "a genre above threshold and its legend key");
        List<Label> thresholds = List.copyOf(robot.lookup(".bar-threshold-text").queryAllAs(Label.class));
        assertFalse(thresholds.isEmpty(), "each bar says the threshold it is judged by");
        assertTrue(thresholds.stream().allMatch(l -> l.getText().matches("threshold \\d+ %")), thresholds.toString());
        assertFalse(robot.lookup(".swatch").queryAll().isEmpty());

        Button good = robot.lookup(".similar-card .rate-good").queryButton();
        robot.clickOn(good);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(good.isDisabled(), "rated once");
        assertTrue(robot.lookup(".similar-card .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "rated good".equals(l.getText())));

        javafx.scene.image.Image thumbnail = robot.lookup(".similar-card .similar-open .image-view").queryAs(ImageView.class).getImage();
        robot.clickOn((javafx.scene.Node) robot.lookup(".similar-card .similar-open").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".similar-enlarged").tryQuery().isPresent());
        ImageView enlarged = robot.lookup(".similar-enlarged").queryAs(ImageView.class);
        // the catalogued file, read in the background, replaces the thumbnail
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> enlarged.getImage() != null && enlarged.getImage() != thumbnail);
        javafx.stage.Window viewer = enlarged.getScene().getWindow();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !viewer.isShowing());

        robot.clickOn((javafx.scene.Node) robot.lookup(".swatch").query());
        WaitForAsyncUtils.waitForFxEvents();
        String hex = pane.viewModel().swatches().getFirst().hex();
        assertEquals("Copied " + hex + " to the clipboard.", pane.viewModel().statusProperty().get());
        assertEquals(hex, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());

        javafx.scene.control.ComboBox<?> explains = robot.lookup("#heatmap-genre").queryComboBox();
        assertEquals("Striped", explains.getValue());
        robot.clickOn(explains);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("Plain"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pane.viewModel().runningProperty().get()
                && pane.viewModel().heatmapCaptionProperty().get().contains("as Plain"));

        robot.clickOn(robot.lookup(".preview-toolbar .check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(images.get(1).isVisible(), "heatmap toggled off");
        assertEquals(Boolean.FALSE, pane.viewModel().heatmapShownProperty().getValue());
    }
}
