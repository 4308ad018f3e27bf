package app.affiche.ui.preview;

import app.affiche.catalogue.TestPosters;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.pipeline.AnnNeighbours;
import app.affiche.pipeline.PreviewAnalysis;
import app.affiche.pipeline.PreviewFixture;
import app.affiche.pipeline.PreviewNeighbours;
import app.affiche.pipeline.SyntheticPosters;
import app.affiche.similar.AnnIndex;
import app.affiche.similar.MetricFeedbackStore;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview in a real window (headless Monocle) on a catalogue big enough for the approximate index: while its
 * first build runs, the similar strip says how far it has got; closing the window stops the build, leaving no
 * thread running it and the index marked part-built.
 */
class PreviewIndexingFxTest {
    @TempDir
    static Path dir;
    private static PreviewFixture fixture;
    private static ExecutorService background;

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (background != null) {
            background.shutdownNow();
            background.awaitTermination(60, TimeUnit.SECONDS); // the encoder must not close under an inference
        }
        if (fixture != null) fixture.close();
    }

    @Test
    void theSimilarStripShowsTheBuildAndClosingTheWindowStopsIt() throws Exception {
        for (String[] p : new String[][]{{"testfx.robot", "glass"}, {"testfx.headless", "true"}, {"prism.order", "sw"},
                {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"headless.geometry", "1600x1200-32"}})
            if (System.getProperty(p[0]) == null) System.setProperty(p[0], p[1]);
        fixture = new PreviewFixture(dir, 8);
        String encoder = fixture.encoder.id();
        int dim = fixture.catalogue.embedding(fixture.catalogue.embeddedPosterIds(encoder)[0], encoder).orElseThrow().length;
        Random random = new Random(4);
        Map<Long, float[]> more = new LinkedHashMap<>(); // enough posters for a build of seconds
        for (int i = 0; i < 3_000; i++) {
            float[] v = new float[dim];
            for (int d = 0; d < dim; d++) v[d] = (float) Math.abs(random.nextGaussian());
            more.put(fixture.catalogue.addPoster(TestPosters.fake(10_000 + i)), v);
        }
        fixture.catalogue.putEmbeddings(encoder, more);
        PreviewNeighbours neighbours = new PreviewNeighbours(fixture.catalogue, encoder,
                MetricFeedbackStore.inHome(fixture.home()), p -> { }, 0);
        background = Executors.newSingleThreadExecutor();
        FxToolkit.registerPrimaryStage();
        PreviewPane[] pane = new PreviewPane[1];
        javafx.stage.Stage stage = FxToolkit.setupStage(s -> {
            pane[0] = new PreviewPane(() -> new PreviewAnalysis(new PosterDecoder(), new PaletteExtractor(), fixture.encoder,
                    fixture.predictor, neighbours), background);
            s.setScene(new Scene(pane[0], 1280, 860));
            s.show();
        });
        Path draft = fixture.write(SyntheticPosters.make(true, new Random(12)), "indexing-draft.png");
        FxRobot robot = new FxRobot();
        robot.interact(() -> pane[0].open(draft));
        Label caption = robot.lookup("#similar-caption").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> caption.getText().matches("Indexing similar posters… [1-9]\\d* %"));
        assertTrue(caption.isVisible(), "the similar strip is shown while indexing");

        robot.interact(stage::close); // what the workbench does on close: Session.close() closes the neighbours
        neighbours.close();
        background.shutdown();
        assertTrue(background.awaitTermination(10, TimeUnit.SECONDS), "no thread is left running the build");
        try (AnnIndex read = AnnIndex.openReadOnly(AnnNeighbours.folder(fixture.catalogue.file(), encoder), encoder, dim)) {
            assertTrue(read.building(), "stopped part-built");
            assertTrue(read.ids().length < 3_008, read.ids().length + " posters kept");
        }
    }
}
