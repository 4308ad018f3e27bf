package app.affiche.ui;

import app.affiche.SharedData;
import app.affiche.embedding.ModelStore;
import javafx.scene.control.TextField;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A window opened without an encoder: Install encoder… takes a typed path, and an encoder installed from a terminal
 * (`affiche models install`, the same ModelStore code) is started by the open window, without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class EncoderInstallFxTest {
    private static final String MODEL = "mobilenetv2-12-fp32.onnx";
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
    void installEncoderTakesATypedPath(FxRobot robot) throws Exception {
        Path model = SharedData.models().resolve(MODEL);
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        WorkbenchFxTest.await(() -> !app.controller().status().banner().get().isEmpty(), 20);
        robot.clickOn("Install encoder…");
        WorkbenchFxTest.await(() -> robot.lookup("#encoder-path").tryQuery().isPresent());
        TextField path = robot.lookup("#encoder-path").queryAs(TextField.class);
        robot.clickOn(path).write("  \"" + model + "\"  ");
        robot.clickOn("OK");
        // the tagger has the encoder a moment before the JavaFX thread hides the banner
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null
                && app.controller().status().banner().get().isEmpty(), 120);
        assertTrue(app.controller().status().encoder().get().startsWith("Encoder: mobilenetv2"),
                app.controller().status().encoder().get());
    }

    @Test
    void anEncoderInstalledFromATerminalIsStartedByTheOpenWindow() throws Exception {
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        WorkbenchFxTest.await(() -> !app.controller().status().banner().get().isEmpty(), 20);
        assertEquals(null, session.tagger().encoder());
        ModelStore.open(home.resolve("models")).install(SharedData.models().resolve(MODEL), null);
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null
                && app.controller().status().banner().get().isEmpty(), 120); // the banner goes once the encoder runs
    }
}
