package app.affiche.ui;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import app.affiche.ui.common.FxGuard;
import app.affiche.ui.training.FieldHeadLine;
import app.affiche.ui.training.TrainingSummary;
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

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Retrain window trains field heads beside the genre heads, on the real encoder (shared models): the curator ticks
 * a number field, types its bins and a category field with one value; the number field's head is stored, reads the
 * unlabelled posters, and the summary shows its report beside the baseline; the category field's says why not.
 */
@ExtendWith(ApplicationExtension.class)
class FieldHeadsRetrainFxTest {
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
    void retrainWindowTrainsAChosenFieldHead(FxRobot robot) throws Exception {
        Path models = SharedData.models();
        int violations = FxGuard.violations();
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        robot.interact(() -> session.installEncoder(models));
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null, 120);
        Path in = Files.createDirectories(dir.resolve("posters"));
        for (int i = 0; i < 32; i++)
            ImageIO.write(RetrainFxTest.poster(i), "jpg", in.resolve(String.format("p%02d.jpg", i)).toFile());
        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        Catalogue catalogue = session.gateway().catalogue();
        String encoder = session.tagger().encoder().id();
        WorkbenchFxTest.await(() -> catalogue.embeddings(encoder).size() == 32 && !session.runner().running(), 120);

        catalogue.addField("rating", FieldType.NUMBER);
        catalogue.addField("condition", FieldType.CATEGORY);
        catalogue.addField("note", FieldType.TEXT);
        for (Poster p : catalogue.posters(PosterFilter.ALL)) {
            int i = Integer.parseInt(Path.of(p.path()).getFileName().toString().substring(1, 3));
            if (i >= 28) continue;
            catalogue.setConfirmedLabels(p.id(), Set.of(i % 2 == 0 ? "Western" : "Comedy"), LabelSource.IMPORT);
            catalogue.setFieldValues(p.id(), Map.of("rating", i % 2 == 0 ? "3.5" : "8", "condition", "mint"));
        }

        CompletableFuture<TrainingSummary> done = new CompletableFuture<>();
        robot.interact(() -> session.retrain().retrain(done::complete));
        WorkbenchFxTest.await(() -> robot.lookup("#field-train-rating").tryQuery().isPresent(), 30);
        assertTrue(robot.lookup("#field-train-note").tryQuery().isEmpty(), "a text field has no head to train");
        robot.clickOn("#field-train-rating");
        robot.clickOn("#field-train-condition");
        robot.interact(() -> robot.lookup("#field-bins-rating").queryAs(TextField.class).setText(""));
        robot.clickOn("#field-bins-rating").write("low<5<=high");
        robot.clickOn("#retrain-start");
        TrainingSummary summary = done.get(300, TimeUnit.SECONDS);

        assertEquals(List.of("rating"), catalogue.fieldsWithHeads(encoder), "only the trainable field's head is stored");
        assertEquals("low<5<=high", catalogue.field("rating").bins(), "the bins typed are kept with the field");
        assertEquals(2, summary.fieldHeads().size(), summary.fieldHeads().toString());
        FieldHeadLine rating = line(summary, "rating"), condition = line(summary, "condition");
        assertTrue(rating.trained() && rating.text().contains("macro-F1") && rating.text().contains("baseline"),
                rating.text());
        assertTrue(rating.text().contains("5-fold cross-validated"), rating.text());
        assertTrue(!condition.trained() && condition.refusal().contains("one value"), condition.text());
        // the new head is in use: the four unlabelled posters carry the model's reading of rating, in the two bins
        long read = catalogue.posters(PosterFilter.ALL).stream().flatMap(p -> catalogue.fieldValues(p.id()).stream())
                .filter(v -> v.field().equals("rating") && v.source() == LabelSource.MODEL)
                .map(FieldValue::text).filter(t -> t.equals("low") || t.equals("high")).count();
        assertEquals(4, read, "the model's rating on each unlabelled poster");
        // and the window shows both lines
        WorkbenchFxTest.await(() -> robot.lookup(".field-head-report").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("field rating (")) && robot.lookup(".field-head-refused")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("condition")), 10);
        assertEquals(violations, FxGuard.violations());
    }

    private static FieldHeadLine line(TrainingSummary s, String field) {
        return s.fieldHeads().stream().filter(l -> l.field().equals(field)).findFirst().orElseThrow();
    }
}
