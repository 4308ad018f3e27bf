package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.LabelSource;
import app.affiche.ui.common.FxGuard;
import javafx.scene.control.Label;
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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A catalogue with posters, labels and trained heads never looks empty or untrained while the window starts: the
 * status bar goes from "loading…" straight to its counts and heads; the grid's hint does not ask for a first drop.
 */
@ExtendWith(ApplicationExtension.class)
class StartupStateFxTest {
    private static final String ENCODER = "mobilenetv2-fp32-views";
    @TempDir
    static Path dir;
    private AfficheApp app;
    private final List<String> headsShown = new CopyOnWriteArrayList<>();
    private final List<String> catalogueShown = new CopyOnWriteArrayList<>();
    private String firstHint;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            List<Long> ids = UiTestData.addPosters(c, 5);
            c.setConfirmedLabels(ids.get(0), Set.of("Drama"), LabelSource.CURATOR);
            c.setConfirmedLabels(ids.get(1), Set.of("Western"), LabelSource.CURATOR);
            c.setConfirmedLabels(ids.get(2), Set.of("Comedy"), LabelSource.IMPORT);
            c.saveHeads(ENCODER, new byte[]{1}, "{\"encoder\": \"" + ENCODER + "\"}");
        }
        app = FxApp.start(stage, home);
        var status = app.controller().status();
        headsShown.add(status.heads().get());
        catalogueShown.add(status.catalogue().get());
        status.heads().addListener((o, a, b) -> headsShown.add(b));
        status.catalogue().addListener((o, a, b) -> catalogueShown.add(b));
        firstHint = ((Label) stage.getScene().lookup("#empty-hint")).getText();
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void theCataloguesStateShowsAtOnceAndNothingClaimsItIsUntrained(FxRobot robot) throws Exception {
        int violations = FxGuard.violations();
        app.ready().get(20, TimeUnit.SECONDS);
        WorkbenchFxTest.await(() -> app.controller().status().catalogue().get()
                .equals("5 posters · 3 labelled (2 confirmed by you)"));
        WorkbenchFxTest.await(() -> app.controller().viewModel().shown().get() == 5);
        assertEquals("Opening the catalogue…", firstHint, "not \"drop posters here\" before they are counted");
        assertEquals("Opening catalogue…", catalogueShown.getFirst());
        assertTrue(catalogueShown.stream().noneMatch(t -> t.startsWith("0 posters")), catalogueShown.toString());
        assertEquals("Heads: loading…", headsShown.getFirst());
        assertTrue(headsShown.stream().noneMatch(t -> t.contains("not trained yet")), "heads exist: " + headsShown);
        assertTrue(headsShown.stream().anyMatch(t -> t.contains("trained (" + ENCODER + ")")), headsShown.toString());
        assertEquals(violations, FxGuard.violations(), "no catalogue work on the JavaFX thread");
    }
}
