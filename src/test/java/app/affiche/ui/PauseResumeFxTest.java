package app.affiche.ui;

import app.affiche.SharedData;
import app.affiche.embedding.ModelStore;
import app.affiche.ui.common.FxGuard;
import javafx.scene.control.Button;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window and encoder: the batch bar's Pause holds the rest of a drop, Resume finishes it in the same count. */
@ExtendWith(ApplicationExtension.class)
class PauseResumeFxTest {
    private static final int POSTERS = 60;
    @TempDir
    static Path dir;
    private AfficheApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        ModelStore.open(home.resolve("models")).install(SharedData.models().resolve("mobilenetv2-12-fp32.onnx"), null);
        app = FxApp.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void pauseHoldsTheRestAndResumeFinishesIt(FxRobot robot) throws Exception {
        int violations = FxGuard.violations();
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null, 120);
        Path in = Files.createDirectories(dir.resolve("drop"));
        UiTestData.writePosters(in, POSTERS);
        var batch = app.controller().batchViewModel();
        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        // under way: at least one poster finished (the bar is throttled, so not necessarily "1 / 60")
        WorkbenchFxTest.await(() -> batch.running().get() && batch.count().get().matches("[1-9][0-9]* / .*"), 60);
        Button pause = robot.lookup("#pause-batch").queryAs(Button.class);
        assertEquals("Pause", pause.getText());
        robot.clickOn(pause);
        WorkbenchFxTest.await(() -> batch.paused().get(), 30);
        assertEquals("Resume", pause.getText());
        Thread.sleep(1500); // the poster being tagged when Pause was pressed finishes; nothing after it starts
        String held = batch.count().get();
        Thread.sleep(1000);
        assertEquals(held, batch.count().get(), "paused: the count stands still");
        assertTrue(batch.current().get().startsWith("Paused after"), batch.current().get());
        assertTrue(!held.startsWith(POSTERS + " /"), "paused before the end: " + held);

        robot.clickOn(pause);
        WorkbenchFxTest.await(() -> !session.runner().running(), 180);
        WorkbenchFxTest.await(() -> batch.current().get().startsWith("Done"), 10);
        assertEquals("Done: " + POSTERS + " posters — " + POSTERS + " ready", batch.current().get());
        assertEquals("Pause", pause.getText());
        assertEquals(POSTERS, session.gateway().catalogue().embeddings(session.tagger().encoder().id()).size());
        assertEquals(violations, FxGuard.violations());
    }
}
