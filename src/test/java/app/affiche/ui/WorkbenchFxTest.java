package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.ExportField;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.FxGuard;
import app.affiche.ui.export.ExportRequest;
import app.affiche.ui.workbench.Failure;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window on headless Monocle: drop generated image files through the drop handler, confirm a suggestion
 * from the keyboard, undo it, batch-edit two posters, export — with the FX-thread guard strict throughout.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        app = FxApp.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void dropConfirmUndoBatchEditAndExport(FxRobot robot) throws Exception {
        int violationsBefore = FxGuard.violations();
        int errorsBefore = ErrorReporter.reported().size();
        session = app.ready().get(20, TimeUnit.SECONDS);
        Catalogue catalogue = session.gateway().catalogue();
        Path in = Files.createDirectories(dir.resolve("drop"));
        UiTestData.writePosters(in, 5);
        Files.writeString(in.resolve("torn.jpg"), "this is no image");

        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        await(() -> app.controller().viewModel().shown().get() == 5 && !session.runner().running());
        await(() -> app.controller().batchViewModel().failures().size() == 1);
        Failure failure = app.controller().batchViewModel().failures().getFirst();
        assertEquals("torn.jpg", failure.file().getFileName().toString());
        assertEquals(5, catalogue.count(PosterFilter.ALL));
        await(() -> robot.lookup(".tile-caption").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("poster-00.jpg")));

        // what the heads would have said about the first poster
        long first = id(catalogue, "poster-00.jpg");
        catalogue.setModelLabels(first, Map.of("Western", 0.91, "Drama", 0.30));
        clickCaption(robot, "poster-00.jpg");
        await(() -> app.controller().reviewViewModel().targets().size() == 1
                && !app.controller().reviewViewModel().targets().getFirst().model().isEmpty());
        robot.type(KeyCode.ENTER);
        await(() -> confirmed(catalogue, first).equals(Set.of("Western")));
        await(() -> app.controller().viewModel().cursor().get() == 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> confirmed(catalogue, first).isEmpty());

        long second = id(catalogue, "poster-01.jpg");
        long third = id(catalogue, "poster-02.jpg");
        clickCaption(robot, "poster-01.jpg");
        robot.press(KeyCode.CONTROL);
        clickCaption(robot, "poster-02.jpg");
        robot.release(KeyCode.CONTROL);
        await(() -> app.controller().reviewViewModel().targets().size() == 2);
        String comedyKey = app.controller().reviewViewModel().keyMap().get().label("Comedy");
        robot.type(KeyCode.getKeyCode(comedyKey));
        await(() -> robot.lookup("#draft-summary").queryLabeled().getText().startsWith("Not saved yet"));
        assertTrue(confirmed(catalogue, second).isEmpty(), "a genre key only ticks the draft");
        robot.type(KeyCode.ENTER);
        await(() -> confirmed(catalogue, second).equals(Set.of("Comedy")) && confirmed(catalogue, third).equals(Set.of("Comedy")));
        assertTrue(confirmed(catalogue, first).isEmpty(), "only the selection changed");

        robot.interact(() -> app.controller().viewModel().state().set("Confirmed"));
        await(() -> app.controller().viewModel().shown().get() == 2);
        Path csv = dir.resolve("export.csv");
        var request = new ExportRequest(csv, List.of(ExportField.TITLE, ExportField.GENRES, ExportField.SHA256), true, false);
        robot.interact(() -> app.controller().exportController().export(request));
        await(() -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("title,genres,sha256", lines.getFirst());
        assertEquals(3, lines.size(), "header + the two confirmed posters: " + lines);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("Comedy")));

        assertEquals(violationsBefore, FxGuard.violations(), "catalogue or file work ran on the JavaFX thread");
        assertEquals(List.of(), ErrorReporter.reported().subList(errorsBefore, ErrorReporter.reported().size()));
    }

    @Test
    void deleteAsksFirstThenRemovesAndUndoBringsThePosterBackWithItsLabels(FxRobot robot) throws Exception {
        int violationsBefore = FxGuard.violations();
        session = app.ready().get(20, TimeUnit.SECONDS);
        Catalogue catalogue = session.gateway().catalogue();
        Path in = Files.createDirectories(dir.resolve("drop-remove"));
        UiTestData.writePosters(in, 3);
        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        await(() -> app.controller().viewModel().shown().get() == 3 && !session.runner().running());
        long gone = id(catalogue, "poster-01.jpg");
        catalogue.setConfirmedLabels(gone, Set.of("Horror"), LabelSource.CURATOR);
        // no failed file here: the grid must fill by itself after a first drop into an empty catalogue
        await(() -> robot.lookup(".tile-caption").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("poster-01.jpg")));
        clickCaption(robot, "poster-01.jpg");
        await(() -> app.controller().viewModel().selected().equals(Set.of(gone)));

        robot.type(KeyCode.DELETE);
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // the reviewer's reflex: Enter is Cancel here
        await(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals(3, catalogue.count(PosterFilter.ALL), "Enter in the prompt removes nothing");

        robot.type(KeyCode.DELETE);
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals("Remove")).findFirst().orElseThrow());
        await(() -> catalogue.count(PosterFilter.ALL) == 2 && app.controller().viewModel().shown().get() == 2);
        assertTrue(catalogue.poster(gone).isEmpty());
        await(() -> app.controller().viewModel().cursor().get() == 1, 5); // the next poster takes its place
        assertTrue(Files.exists(in.resolve("poster-01.jpg")), "the image file stays");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> catalogue.count(PosterFilter.ALL) == 3 && app.controller().viewModel().shown().get() == 3);
        assertEquals(Set.of("Horror"), confirmed(catalogue, gone), "undo brings the curator's labels back");
        assertEquals(violationsBefore, FxGuard.violations(), "catalogue work ran on the JavaFX thread");
    }

    /**
     * Clicks a tile's caption. A late grid refresh (the batch's last throttled update) can replace the tile between
     * the lookup and the click, which then fails before pressing anything: look it up again.
     */
    static void clickCaption(FxRobot robot, String text) {
        for (int attempt = 1; ; attempt++) {
            Label label = caption(robot, text);
            try {
                robot.clickOn(label);
                return;
            } catch (RuntimeException detached) {
                if (label.getScene() != null || attempt == 5) throw detached;
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    /** The visible tile caption with this text, once the grid has laid it out (a loaded machine takes a while). */
    static Label caption(FxRobot robot, String text) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            // recycled tiles outside the view keep old captions; only a visible one may be clicked
            java.util.Optional<Label> found = robot.lookup(".tile-caption").match(org.testfx.util.NodeQueryUtils.isVisible())
                    .queryAllAs(Label.class).stream().filter(l -> l.getText().equals(text) && l.getScene() != null)
                    .findFirst();
            if (found.isPresent() || System.nanoTime() > until) return found.orElseThrow(() ->
                    new AssertionError("no visible tile captioned '" + text + "' within 10 s"));
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static long id(Catalogue c, String fileName) {
        return c.posters(PosterFilter.ALL).stream().filter(p -> p.path().endsWith(fileName)).map(Poster::id)
                .findFirst().orElseThrow();
    }

    private static Set<String> confirmed(Catalogue c, long id) {
        return c.labels(id).stream().filter(l -> l.source().confirmed()).map(GenreLabel::genre).collect(Collectors.toSet());
    }

    static void await(BooleanSupplier condition) throws Exception {
        await(condition, 20);
    }

    static void await(BooleanSupplier condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
