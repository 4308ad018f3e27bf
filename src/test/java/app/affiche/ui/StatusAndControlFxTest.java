package app.affiche.ui;

import app.affiche.ui.common.FxGuard;
import javafx.scene.control.DialogPane;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window: Ctrl+E's export says where it wrote how many rows; Ctrl+Q quits. */
@ExtendWith(ApplicationExtension.class)
class StatusAndControlFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        app = FxApp.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void anExportFromTheDialogSaysWhereAndHowManyRows(FxRobot robot) throws Exception {
        int violations = FxGuard.violations();
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        UiTestData.addPosters(session.gateway().catalogue(), 3);
        robot.interact(() -> app.controller().refresh());
        WorkbenchFxTest.await(() -> app.controller().viewModel().shown().get() == 3);
        Path csv = dir.resolve("shop.csv");
        robot.interact(() -> app.controller().exportController().chooseTargetWith(owner -> csv.toFile()));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WorkbenchFxTest.await(() -> robot.lookup("Export…").tryQuery().isPresent());
        robot.clickOn("Export…");
        WorkbenchFxTest.await(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(p -> "CSV written".equals(p.getHeaderText())));
        DialogPane done = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> "CSV written".equals(p.getHeaderText())).findFirst().orElseThrow();
        assertEquals("Exported 3 posters to " + csv, done.getContentText());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size(), "header + 3 posters");
        assertTrue(lines.getFirst().contains("decade,predicted_decade,predicted_decade_probability,era_text"),
                "the dialog offers the predicted era by default: " + lines.getFirst());
        assertEquals(violations, FxGuard.violations());
    }

    @Test
    void ctrlQQuits(FxRobot robot) throws Exception {
        // a window of its own: closing the tests' shared primary stage would disturb the tests after this one
        Path home = Files.createDirectories(dir.resolve("home-quit"));
        Stage own = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        AfficheApp quitting = WaitForAsyncUtils.asyncFx(() -> FxApp.start(own, home)).get(10, TimeUnit.SECONDS);
        try {
            quitting.ready().get(20, TimeUnit.SECONDS);
            assertTrue(own.isShowing());
            robot.interact(own::requestFocus);
            robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
            WorkbenchFxTest.await(() -> !own.isShowing(), 5);
            assertFalse(own.isShowing());
            assertTrue(stage.isShowing(), "only the window that had the keys closed");
        } finally {
            FxApp.stop(quitting);
        }
    }
}
