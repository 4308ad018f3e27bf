package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PgTestServer;
import app.affiche.catalogue.PosterFilter;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.AffichePaths;
import app.affiche.poster.CatalogueLocation;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The real window on a team catalogue (a real PostgreSQL server): the posters in it show, the title names the
 * catalogue without credentials, and Open catalogue… takes a postgresql:// URL but refuses one holding a password.
 */
@ExtendWith(ApplicationExtension.class)
class TeamCatalogueFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Stage stage;
    private CatalogueLocation location;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        location = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), home);
        try (Catalogue c = Catalogue.open(location)) {
            for (int i = 0; i < 3; i++) c.addPoster(TestPosters.fake(40 + i));
        }
        app = new AfficheApp(new AffichePaths(home, location));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void theWindowShowsATeamCatalogueAndOpenCatalogueTakesAUrl(FxRobot robot) throws Exception {
        Session session = app.ready().get(30, TimeUnit.SECONDS);
        assertEquals(3, session.gateway().catalogue().count(PosterFilter.ALL));
        assertEquals("Affiche — " + location.database() + " on 127.0.0.1", stage.getTitle());

        Dialog<CatalogueLocation> dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<CatalogueLocation> d = OpenCatalogueDialog.create(stage, dir, location);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        TextField where = robot.lookup("#catalogue-location").queryAs(TextField.class);
        assertEquals(location.toString(), where.getText(), "the dialog starts from the catalogue open now");
        robot.interact(() -> where.setText("postgresql://affiche:hunter2@db.example/posters"));
        Label problem = robot.lookup("#catalogue-location-problem").queryAs(Label.class);
        assertTrue(problem.getText().contains("~/.pgpass"), problem.getText());
        assertFalse(problem.getText().contains("hunter2"), problem.getText());
        assertTrue(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled());

        robot.interact(() -> where.setText("postgresql://dealer@db.example/posters"));
        assertFalse(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("postgresql://dealer@db.example:5432/posters", dialog.getResult().toString());
    }
}
