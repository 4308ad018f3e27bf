package app.affiche.ui;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.AffichePaths;
import app.affiche.ui.common.FxGuard;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posters catalogued before the current encoder existed (none installed then, or an older default) are embedded
 * by the window as a batch once the encoder starts, and the status bar says the heads belong to the old encoder
 * rather than "not trained yet". Real window, real catalogue, real encoder.
 */
@ExtendWith(ApplicationExtension.class)
class EncoderChangeFxTest {
    private static final String OLD = "mobilenetv2-fp32-views";
    @TempDir
    static Path dir;
    private AfficheApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            c.saveHeads(OLD, new byte[]{1}, "{\"encoder\": \"" + OLD + "\"}"); // what the old default left behind
        }
        app = new AfficheApp(new AffichePaths(home, home.resolve("catalogue.db")));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void postersCataloguedBeforeTheEncoderAreEmbeddedWhenItStarts(FxRobot robot) throws Exception {
        int violations = FxGuard.violations();
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        Path in = Files.createDirectories(dir.resolve("posters"));
        UiTestData.writePosters(in, 5);
        Files.writeString(in.resolve("gone.jpg"), "not a picture");
        robot.interact(() -> app.controller().filesDropped(List.of(in.toFile())));
        Catalogue catalogue = session.gateway().catalogue();
        WorkbenchFxTest.await(() -> catalogue.count(PosterFilter.ALL) == 5 && !session.runner().running(), 60);
        assertEquals(null, session.tagger().encoder(), "no encoder yet: imported, not embedded");

        robot.interact(() -> session.installEncoder(SharedData.models()));
        WorkbenchFxTest.await(() -> session.tagger().encoder() != null, 120);
        String encoder = session.tagger().encoder().id();
        WorkbenchFxTest.await(() -> catalogue.embeddings(encoder).size() == 5 && !session.runner().running(), 120);

        WorkbenchFxTest.await(() -> app.controller().status().heads().get().contains("trained for " + OLD), 30);
        String heads = app.controller().status().heads().get();
        assertTrue(heads.contains("not " + encoder) && heads.contains("Retrain"), heads);
        assertEquals(violations, FxGuard.violations(), "no catalogue or model work on the FX thread");
    }
}
