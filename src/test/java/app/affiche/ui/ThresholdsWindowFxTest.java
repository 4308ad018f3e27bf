package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Manifest;
import app.affiche.pipeline.LegacyThresholdsFile;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Thresholds window opened from the real workbench, with heads trained for two genres only: every genre named
 * and in view, the untrained ones marked and fixed, a moved one showing the heads' own, Close and Esc.
 */
@ExtendWith(ApplicationExtension.class)
class ThresholdsWindowFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        app = FxApp.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void everyGenreIsNamedUntrainedOnesAreMarkedAndCloseOrEscShutsIt(FxRobot robot) throws Exception {
        app.ready().get(20, TimeUnit.SECONDS);
        WorkbenchFxTest.await(() -> app.controller().reviewViewModel().vocabulary().size() == 18);
        var thresholds = app.controller().thresholds();
        // what loading heads trained on Drama and Western alone does
        robot.interact(() -> thresholds.setAll(Map.of("Drama", 0.4, "Western", 0.6), 0.25));
        robot.interact(() -> thresholds.threshold("Western").set(0.7));

        robot.clickOn("Thresholds…");
        Stage window = awaitWindow();
        List<String> genres = List.copyOf(app.controller().reviewViewModel().vocabulary());
        List<Label> labels = robot.from(window.getScene().getRoot()).lookup(".threshold-genre").queryAllAs(Label.class)
                .stream().toList();
        assertEquals(genres, labels.stream().map(Label::getText).toList(), "one named line per genre");
        for (Label l : labels) {
            var b = l.localToScene(l.getLayoutBounds());
            assertTrue(l.isVisible() && !l.isTextTruncated() && b.getMinX() >= 0 && b.getMaxY() <= window.getScene().getHeight(),
                    l.getText() + " is cut off or out of view: " + b + " visible=" + l.isVisible() + " truncated=" + l.isTextTruncated() + " w=" + l.getWidth() + " pref=" + l.prefWidth(-1) + " scene=" + window.getScene().getHeight());
        }
        double nameColumn = labels.getFirst().localToScene(labels.getFirst().getLayoutBounds()).getMinX();
        for (Label l : labels) {
            assertEquals(nameColumn, l.localToScene(l.getLayoutBounds()).getMinX(), 0.5,
                    l.getText() + ": every genre's name sits in the first column, trained or not");
        }
        assertEquals(genres.size() - 2, robot.from(window.getScene().getRoot()).lookup("not trained").queryAll().stream()
                .filter(n -> n instanceof Label).count(), "each untrained genre says so");
        Slider action = slider(robot, window, "Action");
        assertTrue(action.isDisabled(), "an untrained genre cannot be moved");
        assertFalse(slider(robot, window, "Drama").isDisabled());
        assertEquals(0.4, slider(robot, window, "Drama").getValue(), 1e-12);
        assertTrue(robot.from(window.getScene().getRoot()).lookup("yours · heads 0.60").tryQuery().isPresent());

        robot.clickOn(robot.from(window.getScene().getRoot()).lookup("Use the heads' thresholds").queryButton());
        assertEquals(0.6, thresholds.threshold("Western").get(), 1e-12);

        robot.type(KeyCode.ESCAPE);
        WorkbenchFxTest.await(() -> !window.isShowing(), 5);
        robot.clickOn("Thresholds…");
        Stage again = awaitWindow();
        robot.clickOn(robot.from(again.getScene().getRoot()).lookup("Close").queryAs(Button.class));
        WorkbenchFxTest.await(() -> !again.isShowing(), 5);
    }

    @Test
    void aThresholdTheCuratorSetIsHisAgainAfterARestart(FxRobot robot) throws Exception {
        app.ready().get(20, TimeUnit.SECONDS);
        robot.interact(() -> app.controller().thresholds().setAll(Map.of("Drama", 0.4, "Western", 0.6), 0.25));
        robot.interact(() -> app.controller().thresholds().threshold("Drama").set(0.66));
        // kept in the catalogue, for the default encoder (none runs here), where `affiche thresholds` reads it
        var catalogue = app.ready().get().gateway().catalogue();
        WorkbenchFxTest.await(() -> Double.valueOf(0.66).equals(catalogue
                .curatorThresholds(DEFAULT_ENCODER).genres().get("Drama")), 10);
        FxApp.stop(app);
        assertFalse(Files.exists(home.resolve(LegacyThresholdsFile.FILE_NAME)), "no per-user file any more");
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            assertEquals(Map.of("Drama", 0.66), c.curatorThresholds(DEFAULT_ENCODER).genres());
        }

        AfficheApp[] again = new AfficheApp[1];
        robot.interact(() -> {
            try {
                again[0] = FxApp.start(new Stage(), home);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        app = again[0];
        app.ready().get(20, TimeUnit.SECONDS);
        var thresholds = app.controller().thresholds();
        WorkbenchFxTest.await(() -> thresholds.tuned().contains("Drama"), 10);
        // what loading the heads at start does: they bring their own thresholds, never over the curator's
        robot.interact(() -> thresholds.setAll(Map.of("Drama", 0.4, "Western", 0.6), 0.25));
        assertEquals(0.66, thresholds.threshold("Drama").get(), 1e-12);
        assertEquals(0.6, thresholds.threshold("Western").get(), 1e-12);
    }

    @Test
    void thresholdsJsonFromAnOlderWindowIsMovedIntoTheCatalogueOnce(FxRobot robot) throws Exception {
        app.ready().get(20, TimeUnit.SECONDS);
        FxApp.stop(app);
        Files.writeString(home.resolve(LegacyThresholdsFile.FILE_NAME),
                "{\"version\": 1, \"genres\": {\"western\": 0.35, \"Nope\": 0.2}, \"band\": 0.3}");
        AfficheApp[] again = new AfficheApp[1];
        robot.interact(() -> {
            try {
                again[0] = FxApp.start(new Stage(), home);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        app = again[0];
        app.ready().get(20, TimeUnit.SECONDS);
        var thresholds = app.controller().thresholds();
        WorkbenchFxTest.await(() -> thresholds.tuned().contains("Western"), 10);
        assertEquals(0.35, thresholds.threshold("Western").get(), 1e-12);
        assertEquals(0.3, thresholds.band().get(), 1e-12);
        assertTrue(Files.exists(home.resolve(LegacyThresholdsFile.FILE_NAME + ".migrated")));
        assertFalse(Files.exists(home.resolve(LegacyThresholdsFile.FILE_NAME)));
        var stored = app.ready().get().gateway().catalogue().curatorThresholds(DEFAULT_ENCODER);
        assertEquals(Map.of("Western", 0.35), stored.genres(), "the vocabulary's spelling; an unknown genre dropped");
        assertEquals(0.3, stored.band(), 1e-12);
    }

    private static final String DEFAULT_ENCODER = defaultEncoder();

    private static String defaultEncoder() {
        try {
            return Manifest.builtIn().defaultId();
        } catch (EncoderException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Stage> thresholdsWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Thresholds".equals(s.getTitle()) && s.isShowing())
                .map(w -> (Stage) w).findFirst();
    }

    private static Slider slider(FxRobot robot, Stage window, String genre) {
        Label name = robot.from(window.getScene().getRoot()).lookup(".threshold-genre").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(genre)).findFirst().orElseThrow();
        var grid = (javafx.scene.layout.GridPane) name.getParent();
        Integer row = javafx.scene.layout.GridPane.getRowIndex(name);
        return grid.getChildren().stream().filter(n -> n instanceof Slider && row.equals(javafx.scene.layout.GridPane.getRowIndex(n)))
                .map(n -> (Slider) n).findFirst().orElseThrow();
    }

    private Stage awaitWindow() throws Exception {
        WorkbenchFxTest.await(() -> thresholdsWindow().isPresent(), 10);
        return thresholdsWindow().orElseThrow();
    }
}
