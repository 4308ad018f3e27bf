package app.affiche.ui.preview;

import app.affiche.pipeline.PreviewFixture;
import app.affiche.pipeline.SyntheticPosters;
import app.affiche.similar.Rating;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's view-model without the toolkit: real analysis, executors that run where the test says. */
class PreviewViewModelTest {
    @TempDir
    static Path dir;
    private static PreviewFixture fixture;

    @BeforeAll
    static void setUp() throws Exception {
        fixture = new PreviewFixture(dir, 8);
    }

    @AfterAll
    static void tearDown() {
        if (fixture != null) fixture.close();
    }

    private static PreviewViewModel model(java.util.concurrent.Executor background) {
        return new PreviewViewModel(() -> fixture.analysis(true, true), background, Runnable::run);
    }

    @Test
    void theDesignerPicksWhichGenreTheHeatmapExplains() throws Exception {
        PreviewViewModel model = model(Runnable::run);
        model.open(fixture.write(SyntheticPosters.make(true, new Random(5)), "pick-draft.png"));
        assertEquals("Striped", model.heatmapGenreProperty().get(), "the top genre first");
        assertEquals(java.util.List.of("Striped", "Plain", "1950s", "1990s"), model.heatmapGenres(), "genres, then the era");
        var similar = java.util.List.copyOf(model.similar());

        model.explain("Plain");
        assertEquals("Plain", model.resultProperty().get().heatmap().genre());
        assertEquals("Plain", model.heatmapGenreProperty().get());
        assertTrue(model.heatmapCaptionProperty().get().contains("as Plain"), model.heatmapCaptionProperty().get());
        assertEquals("Heatmap for Plain ready.", model.statusProperty().get());
        assertEquals(similar, java.util.List.copyOf(model.similar()), "the rest of the preview stays as it was");
        assertFalse(model.runningProperty().get());

        model.explain("1950s");
        var era = model.resultProperty().get().heatmap();
        assertEquals("1950s", era.genre(), "which regions date the draft");
        assertEquals(model.resultProperty().get().prediction().decadeProbabilities().get(new app.affiche.poster.Decade(1950)),
                era.baseline(), 0.05, "the map is about the decade's probability");
    }

    @Test
    void theSimilarStripSaysHowFarTheFirstIndexBuildHasGot() throws Exception {
        java.util.List<String> captions = new java.util.ArrayList<>();
        try (var ann = new app.affiche.pipeline.PreviewNeighbours(fixture.catalogue, fixture.encoder.id(),
                app.affiche.similar.MetricFeedbackStore.inHome(fixture.home()), p -> { }, 0)) { // the approximate index
            PreviewViewModel model = new PreviewViewModel(() -> new app.affiche.pipeline.PreviewAnalysis(
                    new app.affiche.imaging.PosterDecoder(), new app.affiche.palette.PaletteExtractor(), fixture.encoder,
                    fixture.predictor, ann), Runnable::run, Runnable::run);
            model.indexingProperty().addListener((o, old, text) -> captions.add(text));
            model.open(fixture.write(SyntheticPosters.make(true, new Random(8)), "indexing-draft.png"));
            assertEquals("Indexing similar posters… 0 %", captions.getFirst(), captions.toString());
            assertEquals(java.util.List.of("Indexing similar posters… 100 %", ""), captions.subList(captions.size() - 2,
                    captions.size()), "the end of the build, then the suggestions take the caption back");
            int previous = -1;
            for (String c : captions.subList(0, captions.size() - 1)) {
                assertTrue(c.matches("Indexing similar posters… \\d+ %"), c);
                int percent = Integer.parseInt(c.replaceAll("\\D", ""));
                assertTrue(percent > previous, "rising: " + captions);
                previous = percent;
            }
            assertEquals(5, model.similar().size());
            assertTrue(ann.approximate());
            captions.clear();
            model.open(fixture.write(SyntheticPosters.make(false, new Random(9)), "indexed-draft.png"));
            assertEquals(java.util.List.of(), captions, "built once: the next draft does not index again");
        }
    }

    @Test
    void aDraftFillsEverySection() throws Exception {
        PreviewViewModel model = model(Runnable::run);
        java.util.List<app.affiche.pipeline.PreviewResult> shown = new java.util.ArrayList<>();
        int[] suggestionChanges = {0};
        model.resultProperty().addListener((o, old, r) -> shown.add(r));
        model.similar().addListener((javafx.collections.ListChangeListener<SimilarItem>) c -> suggestionChanges[0]++);
        model.open(fixture.write(SyntheticPosters.make(true, new Random(3)), "striped-draft.png"));

        assertEquals(2, shown.size(), "everything but the heatmap first, then the heatmap");
        assertNull(shown.get(0).heatmap());
        assertNotNull(shown.get(1).heatmap());
        assertEquals(1, suggestionChanges[0], "the suggestion items (and their ratings) survive the heatmap's arrival");

        assertFalse(model.runningProperty().get());
        assertTrue(model.statusProperty().get().endsWith("preview ready."), model.statusProperty().get());
        assertEquals("Striped", model.genres().getFirst().genre());
        assertEquals(GenreBar.Band.ABOVE, model.genres().getFirst().band());
        assertFalse(model.swatches().isEmpty());
        assertEquals(5, model.similar().size());
        assertTrue(model.heatmapCaptionProperty().get().startsWith("Heatmap: which regions make it read as Striped"));
        assertTrue(model.headsProperty().get().contains("test-logistic"));
        assertTrue(model.similarCaptionProperty().get().startsWith("5 most similar"));
        assertTrue(model.notes().isEmpty());
    }

    @Test
    void eachSuggestionIsRatedOnceAndTheRatingIsSaved() throws Exception {
        PreviewViewModel model = model(Runnable::run);
        model.open(fixture.write(SyntheticPosters.make(false, new Random(4)), "plain-draft.png"));
        SimilarItem first = model.similar().getFirst();
        var metric = first.similar().metric();
        long before = fixture.neighbours().bandit().arms().get(metric).pulls();
        model.rate(first, Rating.GOOD);
        model.rate(first, Rating.BAD);
        assertEquals(Rating.GOOD, first.rating());
        assertEquals(before + 1, fixture.neighbours().bandit().arms().get(metric).pulls(), "one rating saved");
    }

    @Test
    void aBrokenDraftSaysWhichFileAndClearsThePreview() throws Exception {
        PreviewViewModel model = model(Runnable::run);
        model.open(fixture.write(SyntheticPosters.make(true, new Random(5)), "good.png"));
        Path broken = dir.resolve("broken.png");
        Files.write(broken, new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        model.open(broken);
        assertTrue(model.statusProperty().get().contains("broken.png"), model.statusProperty().get());
        assertNull(model.resultProperty().get());
        assertTrue(model.genres().isEmpty() && model.similar().isEmpty() && model.swatches().isEmpty());
    }

    @Test
    void cancelStopsTheRunAndItsResultIsIgnored() throws Exception {
        Deque<Runnable> queued = new ArrayDeque<>();
        PreviewViewModel model = model(queued::add);
        model.open(fixture.write(SyntheticPosters.make(true, new Random(6)), "cancelled.png"));
        assertTrue(model.runningProperty().get());
        model.cancel();
        assertFalse(model.runningProperty().get());
        queued.poll().run(); // the background run starts after the cancel: it stops at its first check
        assertEquals("Cancelled.", model.statusProperty().get());
        assertNull(model.resultProperty().get());
    }

    @Test
    void aNewerDraftWinsOverAnOlderOneStillRunning() throws Exception {
        Deque<Runnable> queued = new ArrayDeque<>();
        PreviewViewModel model = model(queued::add);
        model.open(fixture.write(SyntheticPosters.make(true, new Random(7)), "older.png"));
        model.open(fixture.write(SyntheticPosters.make(false, new Random(8)), "newer.png"));
        Runnable older = queued.poll(), newer = queued.poll();
        newer.run();
        older.run();
        assertEquals("newer.png", model.resultProperty().get().file().getFileName().toString());
    }
}
