package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.FieldUpdate;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;
import app.affiche.ui.common.FxGuard;
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
import static org.junit.jupiter.api.Assertions.*;

/**
 * In the real window: the detail pane lists a poster's extra fields with their source and the model's reading, a bad
 * value typed in its editor is refused with the reason, a good one is stored as the curator's, off the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class FieldsDetailFxTest {
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
    void theDetailPaneShowsFieldsAndStoresTheCuratorsEdit(FxRobot robot) throws Exception {
        int violationsBefore = FxGuard.violations();
        Catalogue catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        long id = UiTestData.addPosters(catalogue, 1).getFirst();
        catalogue.addField("rating", FieldType.NUMBER);
        catalogue.addField("condition", FieldType.CATEGORY);
        catalogue.applyFieldUpdates(List.of(new FieldUpdate(id, List.of(
                new FieldValue("rating", LabelSource.IMPORT, null, 6.5, null)))));
        catalogue.setModelFieldValues("condition", Map.of(id, new FieldValue("condition", LabelSource.MODEL, "mint", null, 0.64)));
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == 1);
        WorkbenchFxTest.clickCaption(robot, "Poster 0 (1950)");
        await(() -> lines(robot).contains("rating: 6.5 (import)"));
        assertTrue(lines(robot).contains("condition: — · model reads mint 64 %"), lines(robot).toString());

        TextField value = robot.lookup("#field-value").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> field = robot.lookup("#field-choice").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(List.of("condition", "rating"), field.getItems());
        robot.interact(() -> {
            field.setValue("rating");
            value.setText("high");
            value.fireEvent(new javafx.event.ActionEvent());
        });
        Label error = robot.lookup("#extra-field-error").queryAs(Label.class);
        await(() -> error.getText().contains("field rating is a number: 'high' is not one"));
        assertEquals(6.5, catalogue.confirmedFieldValues("rating").get(id).number(), "a refused value changes nothing");

        robot.interact(() -> {
            value.setText("7.25");
            value.fireEvent(new javafx.event.ActionEvent());
        });
        await(() -> lines(robot).contains("rating: 7.25 (curator)"));
        FieldValue stored = catalogue.confirmedFieldValues("rating").get(id);
        assertEquals(LabelSource.CURATOR, stored.source());
        assertEquals(7.25, stored.number());
        assertEquals("", error.getText());
        assertEquals(violationsBefore, FxGuard.violations(), "catalogue work ran on the JavaFX thread");
    }

    private static List<String> lines(FxRobot robot) {
        return robot.lookup(".field-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
