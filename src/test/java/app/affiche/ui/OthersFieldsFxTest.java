package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PgTestServer;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.AffichePaths;
import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.FieldType;
import app.affiche.poster.LabelSource;
import javafx.scene.control.ComboBox;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static app.affiche.ui.WorkbenchFxTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real window on a team catalogue (a real PostgreSQL server): a field value typed while another curator saves
 * his own is refused when saved, the other's shown with the reason, and the other's value stands.
 */
@ExtendWith(ApplicationExtension.class)
class OthersFieldsFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private CatalogueLocation location;
    private long poster;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        location = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), home);
        try (Catalogue c = Catalogue.open(location)) {
            poster = c.addPoster(TestPosters.fake(50));
            c.addPoster(TestPosters.fake(51));
            c.addField("price", FieldType.NUMBER);
        }
        app = new AfficheApp(new AffichePaths(home, location));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void aFieldValueTypedOverAnotherCuratorsNewerOneIsRefusedShownAndReloaded(FxRobot robot) throws Exception {
        app.ready().get(30, TimeUnit.SECONDS);
        robot.interact(() -> app.controller().viewModel().selected().add(poster));
        await(() -> lines(robot).contains("price: —"));
        TextField value = robot.lookup("#field-value").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> field = robot.lookup("#field-choice").queryAs(ComboBox.class);
        robot.interact(() -> {
            field.setValue("price");
            value.setText("90"); // typed, not saved yet
        });
        try (Catalogue other = Catalogue.open(location)) {
            other.setFieldValues(poster, Map.of("price", "120"));
            await(() -> lines(robot).contains("price: 120 (curator)"), 10); // his window hears of it
            robot.interact(() -> value.fireEvent(new javafx.event.ActionEvent()));
            Label error = robot.lookup("#extra-field-error").queryAs(Label.class);
            await(() -> error.getText().contains("was changed by"));
            org.junit.jupiter.api.Assertions.assertTrue(error.getText().contains("its price is now 120 (curator)"),
                    error.getText());
            assertEquals(120.0, other.confirmedFieldValues("price").get(poster).number(), "the other's value stands");
            assertEquals(LabelSource.CURATOR, other.confirmedFieldValues("price").get(poster).source());
            assertEquals(List.of("price: 120 (curator)"), lines(robot));
        }
    }

    private static List<String> lines(FxRobot robot) {
        return robot.lookup(".field-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
