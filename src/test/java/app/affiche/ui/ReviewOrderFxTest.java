package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.LabelSource;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static app.affiche.ui.WorkbenchFxTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Review order in the real window, on a real catalogue: "Least certain first" shows the posters awaiting review
 * closest to a threshold first, → and Enter walk them in that order, and the count of suggestions left follows.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewOrderFxTest {
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

    private long shownPoster() {
        var targets = app.controller().reviewViewModel().targets();
        return targets.size() == 1 ? targets.getFirst().posterId() : -1;
    }

    private String suggestionsLeft(FxRobot robot) {
        return robot.lookup("#suggestions-left").queryLabeled().getText();
    }

    @Test
    void leastCertainFirstWalksThePostersAwaitingReviewClosestToAThresholdFirst(FxRobot robot) throws Exception {
        Catalogue catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        List<Long> ids = UiTestData.addPosters(catalogue, 5);
        catalogue.setModelLabels(ids.get(0), Map.of("Drama", 0.9), Map.of("Drama", 0.5));       // 0.40 from it
        catalogue.setModelLabels(ids.get(1), Map.of("Drama", 0.52), Map.of("Drama", 0.5));      // 0.02
        catalogue.setModelLabels(ids.get(2), Map.of("Drama", 0.8, "Horror", 0.35),
                Map.of("Drama", 0.5, "Horror", 0.4));                                            // 0.05 (Horror)
        catalogue.setModelLabels(ids.get(3), Map.of("War", 0.5), Map.of("War", 0.5));
        catalogue.setConfirmedLabels(ids.get(3), Set.of("War"), LabelSource.IMPORT);            // reviewed already
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == 5);
        await(() -> suggestionsLeft(robot).equals("3 suggestions left"));

        robot.clickOn(robot.lookup("#review-order").queryAs(CheckBox.class));
        await(() -> app.controller().viewModel().shown().get() == 3); // only the posters awaiting review
        WorkbenchFxTest.clickCaption(robot, "Poster 1 (1951)");
        await(() -> shownPoster() == ids.get(1));
        assertEquals(0, app.controller().viewModel().cursor().get(), "the least certain poster comes first");

        robot.type(KeyCode.RIGHT);
        await(() -> shownPoster() == ids.get(2));
        robot.type(KeyCode.ENTER); // saves its draft (Drama, above its threshold) and goes on to the next
        await(() -> shownPoster() == ids.get(0));
        await(() -> suggestionsLeft(robot).equals("2 suggestions left"));
        assertEquals(Set.of("Drama"), Set.copyOf(catalogue.confirmedGenres().get(ids.get(2))));

        robot.clickOn(robot.lookup("#review-order").queryAs(CheckBox.class));
        await(() -> app.controller().viewModel().shown().get() == 5); // back to catalogue order
    }
}
