package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import javafx.scene.control.Label;
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
import java.util.concurrent.TimeUnit;

import static app.affiche.ui.WorkbenchFxTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In the real window, the poster a merge would keep shows "3 copies" and its copies "copy"; a poster with no copy
 * shows neither. The grouping runs off the FX thread (the grid is up before it).
 */
@ExtendWith(ApplicationExtension.class)
class CopiesBadgeFxTest {
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

    @Test
    void theKeptPosterOfAGroupSaysHowManyCopies(FxRobot robot) throws Exception {
        Catalogue catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        long art = 0x5A5A_F0F0_3C3C_0FF0L;
        add(catalogue, 0, 1200, art);              // the largest: kept
        add(catalogue, 1, 600, art ^ 0b101);       // 2 bits off: another scan
        add(catalogue, 2, 600, art ^ 0b1_0000_0001); // 2 bits off
        add(catalogue, 3, 1200, ~art);             // a different poster
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == 4);
        await(() -> onFx(() -> badges(robot)).equals(List.of("3 copies", "copy", "copy")));
        assertEquals(List.of("3 copies", "copy", "copy"), onFx(() -> badges(robot)), "none on the distinct poster");
    }

    private static void add(Catalogue catalogue, int i, int height, long hash) {
        String sha = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putLong(System.nanoTime()).putInt(i).array());
        catalogue.addPoster(new NewPoster(sha, "/posters/p" + i + ".jpg", 1000, height * 2 / 3, height, "JPEG",
                "Poster " + i, 1950, UiTestData.thumbnail(i), null, hash));
    }

    /** The copies badges shown, in grid order. */
    private static List<String> badges(FxRobot robot) {
        return robot.lookup(".copies-badge").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .filter(l -> l.getParent().getParent().isVisible())
                .sorted(java.util.Comparator.comparingDouble(l -> l.localToScene(0, 0).getX() + 10000 * l.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
