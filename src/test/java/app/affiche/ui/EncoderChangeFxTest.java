package app.affiche.ui;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Manifest;
import app.affiche.ui.common.FxGuard;
import javafx.scene.control.ListView;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posters catalogued before the current encoder existed (none installed then, or an older default) are embedded
 * by the window as a batch once the encoder starts, and the status bar says the heads belong to the old encoder
 * rather than "not trained yet"; the Encoder… dialog switches encoders the same way, and once the catalogue is
 * embedded for an encoder without heads, its heads are trained on the confirmed labels. Real window, real
 * catalogue, real encoders.
 */
@ExtendWith(ApplicationExtension.class)
class EncoderChangeFxTest {
    private static final String OLD = "mobilenetv2-fp32-views";
    private static final String SINGLE = "mobilenetv2-fp32";
    private static final int POSTERS = 24; // 12 per genre: enough examples and counter-examples to train a head
    @TempDir
    static Path dir;
    private AfficheApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            c.saveHeads(OLD, new byte[]{1}, "{\"encoder\": \"" + OLD + "\"}"); // what the old default left behind
        }
        app = FxApp.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void postersCataloguedBeforeTheEncoderAreEmbeddedWhenItStarts(FxRobot robot) throws Exception {
        int violations = FxGuard.violations();
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        Path in = Files.createDirectories(dir.resolve("posters"));
        UiTestData.writePosters(in, POSTERS);
        Files.writeString(in.resolve("gone.jpg"), "not a picture");
        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        Catalogue catalogue = session.gateway().catalogue();
        WorkbenchFxTest.await(() -> catalogue.count(PosterFilter.ALL) == POSTERS && !session.runner().running(), 60);
        assertEquals(null, session.tagger().encoder(), "no encoder yet: imported, not embedded");

        robot.interact(() -> session.installEncoder(SharedData.models()));
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null, 120);
        String encoder = session.tagger().encoder().id();
        WorkbenchFxTest.await(() -> catalogue.embeddings(encoder).size() == POSTERS && !session.runner().running(), 120);

        WorkbenchFxTest.await(() -> app.controller().status().heads().get().contains("trained for " + OLD), 30);
        String heads = app.controller().status().heads().get();
        assertTrue(heads.contains("not " + encoder) && heads.contains("Retrain"), heads);
        assertTrue(catalogue.loadHeads(encoder).isEmpty(), "nothing confirmed yet, so nothing to train on");

        // The curator confirms genres; the next encoder is then trained for as soon as the catalogue is embedded.
        Map<Long, Set<String>> confirmed = new HashMap<>();
        for (var p : catalogue.posters(PosterFilter.ALL))
            confirmed.put(p.id(), Set.of(confirmed.size() % 2 == 0 ? "Drama" : "Comedy"));
        session.gateway().setCuratorGenres(confirmed);

        // Encoder…: the dialog lists what is installed; choosing the single-view encoder makes it the default,
        // starts it and embeds the catalogue for it too.
        robot.clickOn("#encoder-button");
        WorkbenchFxTest.await(() -> robot.lookup("#encoder-choices").tryQuery().isPresent(), 30);
        ListView<EncoderSpec> choices = robot.lookup("#encoder-choices").queryListView();
        assertTrue(choices.getItems().size() >= 3, choices.getItems().toString());
        assertEquals(encoder, choices.getSelectionModel().getSelectedItem().id(), "the encoder in use is selected");
        robot.interact(() -> choices.getSelectionModel().select(
                choices.getItems().stream().filter(s -> s.id().equals(SINGLE)).findFirst().orElseThrow()));
        robot.clickOn("OK");
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null && session.tagger().encoder().id().equals(SINGLE), 120);
        WorkbenchFxTest.await(() -> catalogue.embeddings(SINGLE).size() == POSTERS && !session.runner().running(), 120);
        WorkbenchFxTest.await(() -> catalogue.loadHeads(SINGLE).isPresent(), 120);
        WorkbenchFxTest.await(() -> app.controller().status().heads().get().contains("on " + POSTERS + " labelled posters"), 60);
        assertEquals(SINGLE, Manifest.load(session.paths().models()).defaultId(), "kept for the next start and the CLI");
        assertEquals(POSTERS, catalogue.embeddings(encoder).size(), "the other encoder's embeddings are kept");
        assertEquals(violations, FxGuard.violations(), "no catalogue or model work on the FX thread");
    }
}
