package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CatalogueLockedException;
import app.affiche.poster.AffichePaths;
import javafx.scene.control.DialogPane;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second window on a catalogue another Affiche holds gets a clear dialog, then leaves. */
@ExtendWith(ApplicationExtension.class)
class SecondInstanceFxTest {
    @TempDir
    static Path dir;
    private Catalogue first;
    private AfficheApp app;
    private final AtomicBoolean exited = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        first = Catalogue.open(home.resolve("catalogue.db"));
        app = new AfficheApp(new AffichePaths(home, home.resolve("catalogue.db")));
        app.onLockedExit(() -> exited.set(true));
        app.start(stage);
    }

    @AfterEach
    void stop() {
        first.close();
    }

    @Test
    void theSecondWindowSaysTheCatalogueIsInUse(FxRobot robot) throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> app.ready().get(20, TimeUnit.SECONDS));
        assertInstanceOf(CatalogueLockedException.class, e.getCause());
        WorkbenchFxTest.await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().equals("Catalogue in use"), dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("--catalogue"), dialog.getContentText());
        robot.clickOn("OK");
        WorkbenchFxTest.await(exited::get);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
