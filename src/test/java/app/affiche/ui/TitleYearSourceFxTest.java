package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import app.affiche.ui.common.FxGuard;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
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
import java.util.concurrent.TimeUnit;

import static app.affiche.ui.WorkbenchFxTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In the real window: a year typed in the detail pane is the curator's (a labels file no longer replaces it), and
 * Undo puts the imported year back as imported.
 */
@ExtendWith(ApplicationExtension.class)
class TitleYearSourceFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = FxApp.start(stage, Files.createDirectories(dir.resolve("home-" + System.nanoTime())));
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void aYearTypedInTheDetailPaneIsTheCuratorsAndUndoPutsTheImportedOneBack(FxRobot robot) throws Exception {
        int violationsBefore = FxGuard.violations();
        Catalogue catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        long id = UiTestData.addPosters(catalogue, 1).getFirst();
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == 1);
        WorkbenchFxTest.clickCaption(robot, "Poster 0 (1950)");
        TextField year = robot.lookup("#year-field").queryAs(TextField.class);
        await(() -> app.controller().reviewViewModel().targets().size() == 1 && year.getText().equals("1950"));
        assertEquals(LabelSource.IMPORT, poster(catalogue, id).yearSource(), "stored at import");

        robot.type(KeyCode.Y);
        await(year::isFocused, 5);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT9, KeyCode.DIGIT5, KeyCode.DIGIT3, KeyCode.ENTER);
        await(() -> Integer.valueOf(1953).equals(poster(catalogue, id).year()));
        assertEquals(LabelSource.CURATOR, poster(catalogue, id).yearSource());
        assertEquals(LabelSource.IMPORT, poster(catalogue, id).titleSource(), "the title was not edited");
        catalogue.applyLabelUpdates(List.of(new LabelUpdate(id, null, 1960, null, LabelSource.IMPORT)));
        assertEquals(1953, poster(catalogue, id).year(), "a labels file no longer replaces the curator's year");

        await(() -> undoButton(robot).isPresent());
        robot.clickOn(undoButton(robot).orElseThrow());
        await(() -> Integer.valueOf(1950).equals(poster(catalogue, id).year()));
        assertEquals(LabelSource.IMPORT, poster(catalogue, id).yearSource(), "undo puts the imported year back as such");
        assertEquals(violationsBefore, FxGuard.violations(), "catalogue work ran on the JavaFX thread");
    }

    private static java.util.Optional<Button> undoButton(FxRobot robot) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("Undo") && !b.isDisabled()).findFirst();
    }

    private static Poster poster(Catalogue catalogue, long id) {
        return catalogue.poster(id).orElseThrow();
    }
}
