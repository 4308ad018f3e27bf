package app.affiche.ui;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real window with the real encoder and heads whose years say nothing about the images (1950s and 1960s dealt
 * alike to both kinds of poster): the decade head cannot tell, and the detail pane says so with a range instead of
 * one decade at a false 100 %.
 */
@ExtendWith(ApplicationExtension.class)
class EraDisplayFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = FxApp.start(stage, Files.createDirectories(dir.resolve("home")));
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void anUnsureEraIsShownAsARangeNeverAsOneHundredPercent(FxRobot robot) throws Exception {
        Path models = SharedData.models();
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        robot.interact(() -> session.installEncoder(models));
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null, 120);
        Path in = Files.createDirectories(dir.resolve("posters"));
        for (int i = 0; i < 24; i++)
            ImageIO.write(RetrainFxTest.poster(i), "jpg", in.resolve(String.format("p%02d.jpg", i)).toFile());
        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        Catalogue catalogue = session.gateway().catalogue();
        String encoder = session.tagger().encoder().id();
        WorkbenchFxTest.await(() -> catalogue.embeddings(encoder).size() == 24 && !session.runner().running(), 120);
        for (Poster p : catalogue.posters(PosterFilter.ALL)) {
            int i = Integer.parseInt(Path.of(p.path()).getFileName().toString().substring(1, 3));
            if (i >= 20) continue;
            catalogue.setConfirmedLabels(p.id(), Set.of(i % 2 == 0 ? "Western" : "Comedy"), LabelSource.IMPORT);
            catalogue.setTitleAndYear(p.id(), "p" + i, i % 4 < 2 ? 1955 : 1965);
        }
        robot.clickOn("#title-search");
        robot.clickOn("#poster-grid");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WorkbenchFxTest.await(() -> catalogue.headsProvenance(encoder).isPresent(), 120);
        WorkbenchFxTest.await(() -> app.controller().status().heads().get().contains("20 labelled"), 60);
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && "Retrain heads".equals(s.getTitle()))
                .forEach(javafx.stage.Window::hide));
        robot.interact(() -> app.controller().root().getScene().getWindow().requestFocus());
        robot.interact(() -> app.controller().viewModel().state().set("Suggested"));
        WorkbenchFxTest.await(() -> app.controller().viewModel().shown().get() == 4, 30);
        robot.clickOn("#poster-grid");
        robot.type(KeyCode.RIGHT);
        Label line = robot.lookup(".decade-line").queryAs(Label.class);
        WorkbenchFxTest.await(() -> line.getText().startsWith("Estimated"), 30);
        String text = line.getText();
        assertFalse(text.contains("100 %"), text);
        assertTrue(text.contains("1950s–1960s"), "an era the head cannot tell apart is a range: " + text);
    }
}
