package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PgTestServer;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.AffichePaths;
import app.affiche.poster.CatalogueLocation;
import app.affiche.ui.common.ErrorReporter;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The window on a team catalogue whose server goes away: the next action says why (the catalogue by its URL, what
 * failed), and once the server is back the same action works again without reopening anything.
 */
@ExtendWith(ApplicationExtension.class)
class TeamCatalogueOutageFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private PgTestServer server;
    private CatalogueLocation location;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = PgTestServer.startPrivate();
        Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        location = CatalogueLocation.parse(server.url("postgres"), home);
        try (Catalogue c = Catalogue.open(location)) {
            c.addPoster(TestPosters.fake(60));
        }
        app = new AfficheApp(new AffichePaths(home, location));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
        server.close();
    }

    private static boolean exportDialogShown() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && "Export CSV".equals(s.getTitle()));
    }

    @Test
    void anOutageIsExplainedAndTheWindowCarriesOnOnceTheServerIsBack(FxRobot robot) throws Exception {
        app.ready().get(30, TimeUnit.SECONDS);
        int before = ErrorReporter.reported().size();
        server.stop();
        robot.clickOn("Export CSV…");
        WorkbenchFxTest.await(() -> ErrorReporter.reported().size() > before, 30);
        List<String> said = ErrorReporter.reported().subList(before, ErrorReporter.reported().size());
        assertTrue(said.stream().anyMatch(m -> m.contains(location.toString())
                && (m.contains("lost the connection") || m.contains("nothing answers"))), said.toString());
        assertFalse(exportDialogShown(), "nothing to export from while the server is away");
        closeAllBut(robot, stage); // the error alerts (one per failed action)

        server.start();
        robot.clickOn("Export CSV…");
        WorkbenchFxTest.await(TeamCatalogueOutageFxTest::exportDialogShown, 30);
        closeAllBut(robot, stage);
    }

    private static void closeAllBut(FxRobot robot, Stage main) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
    }
}
