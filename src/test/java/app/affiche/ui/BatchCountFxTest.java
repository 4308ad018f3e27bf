package app.affiche.ui;

import app.affiche.catalogue.PosterFilter;
import app.affiche.ui.workbench.BatchProgress;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real window: a drop of 8 files (5 new, a renamed copy of a catalogued poster, the same image twice, a damaged
 * file) ends with one count in posters that adds up to the 8 dropped. Saves the batch bar mid-batch as
 * target/screenshots/batch-bar.png to look at.
 */
@ExtendWith(ApplicationExtension.class)
class BatchCountFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxApp.start(stage, Files.createDirectories(dir.resolve("home")));
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void theCountsOfADropAddUpToTheFilesDropped(FxRobot robot) throws Exception {
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        Path first = Files.createDirectories(dir.resolve("first"));
        List<Path> old = UiTestData.writePosters(first, 1);
        robot.interact(() -> app.controller().filesDropped(List.of(first.toFile())));
        WorkbenchFxTest.await(() -> app.controller().viewModel().shown().get() == 1 && !session.runner().running());

        Path in = Files.createDirectories(dir.resolve("drop"));
        List<Path> written = UiTestData.writePosters(in, 6);
        Files.delete(written.getFirst()); // poster-00 is the one catalogued already
        List<Path> fresh = written.subList(1, 6);
        Files.copy(old.getFirst(), in.resolve("renamed-copy.jpg"));
        Files.copy(fresh.getFirst(), in.resolve("twin.jpg"));
        Files.writeString(in.resolve("torn.jpg"), "this is no image");
        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        try {
            WorkbenchFxTest.await(() -> !session.runner().running()
                    && app.controller().batchViewModel().current().get().startsWith("Done: 8"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("batch bar: " + app.controller().batchViewModel().count().get() + " | "
                    + app.controller().batchViewModel().current().get() + " | running " + session.runner().running(), e);
        }
        var batch = app.controller().batchViewModel();
        assertEquals("Done: 8 posters — 5 ready, 2 already catalogued, 1 failed", batch.current().get());
        assertEquals("8 / 8 posters · 2 already catalogued · 1 failed", batch.count().get());
        assertEquals(1.0, batch.progress().get(), 1e-9);
        assertEquals(6, session.gateway().catalogue().count(PosterFilter.ALL));

        robot.interact(() -> batch.apply(new BatchProgress(3, 0, 1, 8, 2_000, true, false, "poster-03.jpg")));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        shots.resolve("batch-bar.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
