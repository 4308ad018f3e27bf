package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.GenreLabel;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static app.affiche.ui.WorkbenchFxTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review keys in the real window at 1366×768, on posters stored with suggestions: no key sequence changes a
 * label the reviewer did not see.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewKeysFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Catalogue catalogue;
    private List<Long> ids;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            c.addGenre("Film Noir");  // a dealer's own genres join the 18 and must fit too
            c.addGenre("Serial");
        }
        app = FxApp.start(stage, home);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    /** Three catalogued posters, the first with suggestions Enter would accept; the first one shown. */
    private void showFirst(FxRobot robot) throws Exception {
        catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        ids = UiTestData.addPosters(catalogue, 3);
        catalogue.setModelLabels(ids.getFirst(), Map.of("Drama", 0.9, "Crime", 0.7, "Horror", 0.2));
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == 3);
        WorkbenchFxTest.clickCaption(robot, "Poster 0 (1950)");
        await(() -> app.controller().reviewViewModel().targets().size() == 1
                && app.controller().reviewViewModel().targets().getFirst().posterId() == ids.getFirst()
                && robot.lookup("#year-field").queryAs(TextField.class).getText().equals("1950"));
    }

    @Test
    void yearKeyThenDigitsThenEnterEditsTheYearAndNoGenre(FxRobot robot) throws Exception {
        showFirst(robot);
        TextField year = robot.lookup("#year-field").queryAs(TextField.class);

        robot.type(KeyCode.Y);
        await(year::isFocused, 5);
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.DIGIT7, KeyCode.ENTER);
        await(() -> Integer.valueOf(2007).equals(catalogue.poster(ids.getFirst()).orElseThrow().year()));
        assertEquals(Set.of(), confirmed(ids.getFirst()), "the year key never touches genres");

        // a bad year: the focus stays in the field, so the digits that follow keep editing it
        robot.type(KeyCode.Y);
        await(year::isFocused, 5);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT9, KeyCode.DIGIT5, KeyCode.DIGIT7, KeyCode.DIGIT7, KeyCode.ENTER);
        await(() -> robot.lookup("#field-error").queryLabeled().isVisible());
        String error = robot.lookup("#field-error").queryLabeled().getText();
        assertTrue(error.contains("19577"), error);
        assertEquals(error, app.controller().batchViewModel().current().get(), "the status bar says it too");
        assertSame(year, focusOwner(robot), "the focus stays where the error is");
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.ENTER);
        assertSame(year, focusOwner(robot));
        assertEquals("1957712", year.getText());

        robot.type(KeyCode.ESCAPE);
        await(() -> !robot.lookup("#field-error").queryLabeled().isVisible());
        assertEquals("2007", year.getText(), "Esc puts back the stored year");
        assertEquals("", app.controller().batchViewModel().current().get(), "the error left the status bar");
        assertNotSame(year, focusOwner(robot));
        Thread.sleep(300); // any stray save would have landed by now
        assertEquals(Set.of(), confirmed(ids.getFirst()), "no key of the sequence changed a genre");
        assertEquals(2007, catalogue.poster(ids.getFirst()).orElseThrow().year());
    }

    @Test
    void closingTheWindowOverUnsavedTicksAsksAndKeepReviewingKeepsThem(FxRobot robot) throws Exception {
        showFirst(robot);
        robot.type(key("Horror"));
        await(() -> summary(robot).equals("Not saved yet — Enter saves: Crime, Drama, Horror"));
        Stage stage = (Stage) robot.lookup("#year-field").query().getScene().getWindow();
        java.util.concurrent.CompletableFuture<Boolean> consumed = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            javafx.stage.WindowEvent close = new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(close);     // as the window manager's close button does
            consumed.complete(close.isConsumed());
        });
        await(() -> robot.lookup("Keep reviewing").tryQuery().isPresent());
        assertTrue(robot.lookup("Genres ticked on 1 poster are not saved").tryQuery().isPresent(), "the question names the count");
        robot.clickOn("Keep reviewing");
        assertTrue(consumed.get(10, TimeUnit.SECONDS), "Keep reviewing keeps the window open");
        assertEquals("Not saved yet — Enter saves: Crime, Drama, Horror", summary(robot), "and the ticks");

        robot.type(KeyCode.ENTER);
        await(() -> confirmed(ids.getFirst()).equals(Set.of("Crime", "Drama", "Horror")));
        assertEquals(0, app.controller().reviewViewModel().unsavedTicks(), "saved: closing asks nothing");
    }

    @Test
    void aGenreKeyTicksTheDraftOnScreenAndOnlyEnterSavesIt(FxRobot robot) throws Exception {
        showFirst(robot);
        await(() -> summary(robot).equals("Not saved yet — Enter saves: Crime, Drama"));
        assertTrue(state(robot, "Drama").contains("genre-new"), "suggestions are ticked, shown unsaved");
        assertTrue(state(robot, "Horror").contains("genre-none"));

        robot.type(key("Horror"), key("Crime"));
        await(() -> summary(robot).equals("Not saved yet — Enter saves: Drama, Horror"));
        assertTrue(state(robot, "Horror").contains("genre-new"), "the key's effect is on screen");
        assertTrue(state(robot, "Crime").contains("genre-suggested"), "an unticked suggestion stays a suggestion");
        Thread.sleep(300);
        assertEquals(Set.of(), confirmed(ids.getFirst()), "nothing is saved before Enter");

        robot.type(KeyCode.ENTER);
        await(() -> confirmed(ids.getFirst()).equals(Set.of("Drama", "Horror")));
        await(() -> app.controller().reviewViewModel().targets().size() == 1
                && app.controller().reviewViewModel().targets().getFirst().posterId() == ids.get(1));

        // two posters: the key ticks both drafts; moving on keeps the draft unsaved and says so
        robot.press(KeyCode.CONTROL);
        WorkbenchFxTest.clickCaption(robot, "Poster 2 (1952)");
        robot.release(KeyCode.CONTROL);
        await(() -> app.controller().reviewViewModel().targets().size() == 2);
        robot.type(key("Comedy"));
        await(() -> summary(robot).equals("Not saved yet — Enter saves the ticked genres on 2 of 2 posters"));
        assertTrue(state(robot, "Comedy").contains("genre-new"));
        robot.type(KeyCode.RIGHT);
        await(() -> app.controller().reviewViewModel().targets().size() == 1);
        Thread.sleep(300);
        assertEquals(Set.of(), confirmed(ids.get(1)), "a draft left without Enter is not saved");
        assertEquals(Set.of(), confirmed(ids.get(2)));
        await(() -> summary(robot).endsWith("unsaved ticks kept on 2 other posters"));
    }

    @Test
    void everyGenreIsVisibleInTheDetailPaneAt1366By768WithoutScrolling(FxRobot robot) throws Exception {
        showFirst(robot);
        List<String> vocabulary = List.copyOf(app.controller().reviewViewModel().vocabulary());
        assertEquals(20, vocabulary.size(), "18 genres and two of the dealer's own");
        await(() -> robot.lookup(".genre-row").queryAll().size() == vocabulary.size());
        javafx.scene.control.ScrollPane pane = robot.lookup(".detail-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        assertEquals(0, pane.getVvalue(), "the pane is not scrolled");
        javafx.geometry.Bounds viewport = pane.localToScene(pane.getLayoutBounds());
        javafx.geometry.Bounds window = new javafx.geometry.BoundingBox(0, 0, pane.getScene().getWidth(), pane.getScene().getHeight());
        for (Node row : robot.lookup(".genre-row").queryAll()) {
            javafx.scene.control.Label name = (javafx.scene.control.Label) row.lookup(".genre-name");
            javafx.geometry.Bounds b = row.localToScene(row.getLayoutBounds());
            assertTrue(row.isVisible() && viewport.contains(b) && window.contains(b),
                    name.getText() + " at " + b + " lies outside the detail pane's view " + viewport);
            assertTrue(!name.isTextTruncated(), name.getText() + " is cut short");
        }
    }

    private KeyCode key(String genre) {
        return KeyCode.getKeyCode(app.controller().reviewViewModel().keyMap().get().label(genre));
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#draft-summary").queryLabeled().getText();
    }

    /** The style classes of a genre's line in the detail pane. */
    private static List<String> state(FxRobot robot, String genre) {
        return robot.lookup(".genre-row").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Label) n.lookup(".genre-name")).getText().equals(genre))
                .findFirst().orElseThrow().getStyleClass();
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.targetWindow().getScene().getFocusOwner();
    }

    private Set<String> confirmed(long id) {
        return catalogue.labels(id).stream().filter(l -> l.source().confirmed()).map(GenreLabel::genre)
                .collect(Collectors.toSet());
    }
}
