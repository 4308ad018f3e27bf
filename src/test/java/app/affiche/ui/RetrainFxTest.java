package app.affiche.ui;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import app.affiche.ui.common.FxGuard;
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
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole loop on the real encoder (shared models) and real heads: dropped posters are embedded, Ctrl+R trains the
 * heads on the confirmed ones, the unconfirmed ones get suggestions, Enter accepts them.
 */
@ExtendWith(ApplicationExtension.class)
class RetrainFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        app = FxApp.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void dropEmbedRetrainSuggestAccept(FxRobot robot) throws Exception {
        Path models = SharedData.models();
        int violations = FxGuard.violations();
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        robot.interact(() -> session.installEncoder(models));
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null, 120);

        Path in = Files.createDirectories(dir.resolve("posters"));
        for (int i = 0; i < 32; i++) ImageIO.write(poster(i), "jpg", in.resolve(String.format("p%02d.jpg", i)).toFile());
        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        Catalogue catalogue = session.gateway().catalogue();
        String encoder = session.tagger().encoder().id();
        WorkbenchFxTest.await(() -> catalogue.embeddings(encoder).size() == 32 && !session.runner().running(), 120);

        for (Poster p : catalogue.posters(PosterFilter.ALL)) {
            int i = Integer.parseInt(Path.of(p.path()).getFileName().toString().substring(1, 3));
            if (i < 28) catalogue.setConfirmedLabels(p.id(), Set.of(i % 2 == 0 ? "Western" : "Comedy"), LabelSource.IMPORT);
        }
        robot.clickOn("#title-search");
        robot.clickOn("#poster-grid");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WorkbenchFxTest.await(() -> catalogue.headsProvenance(encoder).isPresent() && unconfirmedWithSuggestions(catalogue) == 4, 120);
        try {
            WorkbenchFxTest.await(() -> app.controller().status().heads().get().contains("28 labelled"), 30);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status: " + app.controller().status().heads().get(), e);
        }

        // the summary window came up in front; the curator closes it and goes back to the grid
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && "Retrain heads".equals(s.getTitle()))
                .forEach(javafx.stage.Window::hide));
        robot.interact(() -> app.controller().root().getScene().getWindow().requestFocus());
        Poster p30 = catalogue.posters(PosterFilter.ALL).stream().filter(p -> p.path().endsWith("p30.jpg")).findFirst().orElseThrow();
        robot.interact(() -> app.controller().viewModel().state().set("Suggested"));
        WorkbenchFxTest.await(() -> app.controller().viewModel().shown().get() == 4, 30);
        for (int k = 0; k < 4 && !showing(p30.id()); k++) {
            robot.type(KeyCode.RIGHT);
            int step = k;
            try {
            WorkbenchFxTest.await(() -> app.controller().viewModel().cursor().get() == step
                    && app.controller().reviewViewModel().targets().size() == 1
                    && app.controller().viewModel().selected().contains(
                    app.controller().reviewViewModel().targets().getFirst().posterId()), 30);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("cursor=" + app.controller().viewModel().cursor().get() + " selected="
                        + app.controller().viewModel().selected() + " targets=" + app.controller().reviewViewModel().targets()
                        + " focus=" + robot.targetWindow().getScene().getFocusOwner() + " window=" + robot.targetWindow(), e);
            }
        }
        assertTrue(showing(p30.id()), "reached p30 with the arrow keys");
        robot.type(KeyCode.ENTER);
        WorkbenchFxTest.await(() -> confirmed(catalogue, p30.id()).equals(Set.of("Western")), 30);
        assertTrue(catalogue.count(PosterFilter.ALL) == 32);

        // the curator tunes one threshold, swaps what the posters mean and retrains with the next poster on screen
        WorkbenchFxTest.await(() -> app.controller().reviewViewModel().targets().size() == 1
                && app.controller().reviewViewModel().targets().getFirst().posterId() != p30.id(), 30);
        long shown = app.controller().reviewViewModel().targets().getFirst().posterId();
        var thresholds = app.controller().thresholds();
        robot.interact(() -> thresholds.threshold("Comedy").set(0.77));
        double westernBefore = onFx(() -> confidence("Western"));
        String provenance = catalogue.headsProvenance(encoder).orElseThrow();
        for (Poster p : catalogue.posters(PosterFilter.ALL)) {
            int i = Integer.parseInt(Path.of(p.path()).getFileName().toString().substring(1, 3));
            if (i < 28) catalogue.setConfirmedLabels(p.id(), Set.of(i % 2 == 0 ? "Comedy" : "Western"), LabelSource.IMPORT);
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WorkbenchFxTest.await(() -> !catalogue.headsProvenance(encoder).orElseThrow().equals(provenance), 120);
        double westernNow = session.tagger().peek(shown).genreProbabilities().get("Western");
        assertTrue(Math.abs(westernNow - westernBefore) > 0.05, "the swap moves Western: " + westernBefore + " -> " + westernNow);
        // without selecting anything again, the detail pane carries the new heads' figures
        WorkbenchFxTest.await(() -> Math.abs(onFx(() -> confidence("Western")) - westernNow) < 1e-9, 30);
        String pct = String.format(java.util.Locale.ROOT, "%.0f%%", westernNow * 100);
        WorkbenchFxTest.await(() -> onFx(() -> robot.lookup(".genre-row").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Label) n.lookup(".genre-name")).getText().equals("Western"))
                .map(n -> ((javafx.scene.control.Label) n.lookup(".genre-pct")).getText()).findFirst().orElse("")).equals(pct), 10);
        assertEquals(0.77, thresholds.threshold("Comedy").get(), 1e-12, "the tuned threshold survives the retrain");
        assertEquals(onFx(() -> thresholds.trained("Western")), thresholds.threshold("Western").get(), 1e-12,
                "an untouched one is the new heads'");
        assertEquals(violations, FxGuard.violations());
    }

    private double confidence(String genre) {
        return app.controller().reviewViewModel().rows().stream().filter(r -> r.genre().equals(genre)).findFirst()
                .map(r -> r.confidence() == null ? Double.NaN : r.confidence()).orElseThrow();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean showing(long id) {
        var targets = app.controller().reviewViewModel().targets();
        return targets.size() == 1 && targets.getFirst().posterId() == id;
    }

    private static long unconfirmedWithSuggestions(Catalogue c) {
        return c.posters(new PosterFilter(null, null, true, null, Integer.MAX_VALUE, 0)).stream()
                .filter(p -> c.labels(p.id()).stream().anyMatch(l -> l.source() == LabelSource.MODEL)).count();
    }

    private static Set<String> confirmed(Catalogue c, long id) {
        return c.labels(id).stream().filter(l -> l.source().confirmed()).map(GenreLabel::genre)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Even: a warm desert scene (Western); odd: bright blue with pink dots (Comedy). */
    static BufferedImage poster(int i) {
        Random r = new Random(i);
        BufferedImage img = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        boolean western = i % 2 == 0;
        g.setColor(western ? new Color(200 + r.nextInt(40), 110 + r.nextInt(40), 40) : new Color(40, 120 + r.nextInt(40), 230));
        g.fillRect(0, 0, 200, 300);
        g.setColor(western ? new Color(90, 50, 20) : new Color(255, 120, 200));
        for (int k = 0; k < 12; k++) {
            if (western) g.fillRect(r.nextInt(200), 180 + r.nextInt(120), 20 + r.nextInt(40), 8);
            else g.fillOval(r.nextInt(200), r.nextInt(300), 24, 24);
        }
        g.dispose();
        return img;
    }
}
