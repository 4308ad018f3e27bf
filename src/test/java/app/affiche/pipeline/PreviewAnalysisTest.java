package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.imaging.DecodeException;
import app.affiche.similar.Metric;
import app.affiche.similar.MetricFeedbackStore;
import app.affiche.similar.Rating;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole preview on real parts: decoder, palette, encoder, a trained logistic predictor, a SQLite catalogue. */
class PreviewAnalysisTest {
    @TempDir
    static Path dir;
    private static PreviewFixture fixture;
    private static Catalogue catalogue;
    private static List<BufferedImage> catalogued;

    @BeforeAll
    static void catalogueOfGeneratedPosters() throws Exception {
        fixture = new PreviewFixture(dir, 16);
        catalogue = fixture.catalogue;
        catalogued = fixture.catalogued;
    }

    @AfterAll
    static void close() {
        if (fixture != null) fixture.close();
    }

    private static PreviewAnalysis analysis(boolean withEncoder, boolean withPredictor) {
        return fixture.analysis(withEncoder, withPredictor);
    }

    @Test
    void aDraftIsReadFullyAndNeverAddedToTheCatalogue() throws Exception {
        // The draft has the same pixels as catalogued poster 6 in other bytes: it must come back first.
        Path draft = writeOtherBytes(catalogued.get(6), "draft.png");
        int before = catalogue.count(PosterFilter.ALL);
        List<Double> fractions = new ArrayList<>();
        List<PreviewResult> partials = new ArrayList<>();
        PreviewResult r = analysis(true, true).analyse(draft, () -> false, new PreviewProgress() {
            @Override
            public void update(String stage, double fraction) {
                fractions.add(fraction);
            }

            @Override
            public void partial(PreviewResult withoutHeatmap) {
                partials.add(withoutHeatmap);
            }
        });

        assertEquals(before, catalogue.count(PosterFilter.ALL), "the draft is not catalogued");
        assertTrue(catalogue.posterIdBySha(sha(draft)).isEmpty(), "no poster with the draft's SHA-256");
        assertTrue(catalogue.posterIdByPath(draft.toString()).isEmpty(), "no poster at the draft's path");
        assertEquals(List.of(), r.notes());
        assertTrue(r.palette().colours().size() + r.palette().greys().size() > 0);
        assertEquals("Striped", r.prediction().genres().getFirst());
        assertEquals(PreviewAnalysis.SIMILAR, r.similar().size());
        assertEquals("Poster 6", r.similar().getFirst().poster().title());
        assertTrue(r.similar().getFirst().distance() < 1e-3, "same pixels, distance " + r.similar().getFirst().distance());
        assertTrue(r.similar().getFirst().thumbnailJpeg().length > 0, "thumbnail read in the background");
        assertEquals(7, r.heatmap().rows());
        assertEquals("Striped", r.heatmap().genre());
        assertEquals(1.0, fractions.getLast());
        assertEquals(1, partials.size(), "one early result before the heatmap");
        assertNull(partials.getFirst().heatmap());
        assertEquals(r.prediction(), partials.getFirst().prediction());
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress only grows");
    }

    @Test
    void explainingAnotherTargetOfTheDraftShownRunsNoInference() throws Exception {
        CountingEncoder counting = new CountingEncoder(fixture.encoder);
        PreviewAnalysis analysis = new PreviewAnalysis(new app.affiche.imaging.PosterDecoder(), new app.affiche.palette.PaletteExtractor(),
                counting, fixture.predictor, fixture.neighbours());
        PreviewResult r = analysis.analyse(fixture.write(catalogued.get(4), "explained.png"), () -> false, PreviewProgress.NONE);
        counting.inferences.set(0);
        List<Double> progress = new ArrayList<>();
        OcclusionMap plain = analysis.explain(r.image(), "Plain", () -> false, progress::add);
        assertEquals(0, counting.inferences.get(), "the heatmap's greyed copies of this draft are kept");
        assertEquals("Plain", plain.genre());
        assertEquals(List.of(1.0), progress);
        OcclusionMap fresh = new OcclusionSensitivity(fixture.encoder, fixture.predictor).compute(r.image(), "Plain", () -> false, p -> { });
        for (int i = 0; i < 49; i++) assertEquals(fresh.drops()[i], plain.drops()[i], 1e-9, "cell " + i);
    }

    @Test
    void withoutAnEncoderThePaletteStillWorksAndTheNoteSaysWhy() throws Exception {
        PreviewResult r = analysis(false, false).analyse(write(catalogued.get(1), "draft-no-encoder.png"), () -> false,
                PreviewProgress.NONE);
        assertNotNull(r.palette());
        assertNull(r.prediction());
        assertNull(r.heatmap());
        assertEquals(List.of(), r.similar());
        assertTrue(r.notes().getFirst().startsWith("No encoder installed"), r.notes().toString());
    }

    @Test
    void withoutHeadsSimilarPostersStillCome() throws Exception {
        PreviewResult r = analysis(true, false).analyse(write(catalogued.get(2), "draft-no-heads.png"), () -> false,
                PreviewProgress.NONE);
        assertNull(r.prediction());
        assertEquals("Poster 2", r.similar().getFirst().poster().title());
        assertTrue(r.notes().getFirst().startsWith("No heads trained"), r.notes().toString());
    }

    @Test
    void aBrokenDraftFailsWithItsNameAndReason() throws Exception {
        Path broken = dir.resolve("broken.jpg");
        Files.write(broken, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});
        DecodeException e = assertThrows(DecodeException.class,
                () -> analysis(true, true).analyse(broken, () -> false, PreviewProgress.NONE));
        assertNotNull(e.getMessage());
    }

    @Test
    void ratingsRewardTheMetricAndAreSaved() {
        PreviewNeighbours neighbours = analysis(true, false).neighbours();
        neighbours.rate(Metric.MANHATTAN, Rating.GOOD);
        PreviewNeighbours reopened = fixture.neighbours();
        assertTrue(reopened.bandit().arms().get(Metric.MANHATTAN).pulls() >= 1);
        assertTrue(Files.exists(dir.resolve("home").resolve(MetricFeedbackStore.FILE_NAME)));
    }

    @Test
    void everyMetricFindsTheSamePixelsFirstPalettesIncluded() throws Exception {
        PreviewNeighbours neighbours = fixture.neighbours();
        float[] embedding = fixture.encoder.embed(List.of(catalogued.get(9)))[0];
        var palette = catalogue.palette(catalogue.posterIdBySha(sha(dir.resolve("poster-9.png"))).orElseThrow()).orElseThrow();
        for (Metric metric : Metric.values()) {
            List<PreviewSimilarPoster> found = neighbours.nearest(embedding, palette, metric, 3);
            assertEquals("Poster 9", found.getFirst().poster().title(), metric.key());
            assertEquals(0.0, found.getFirst().distance(), 1e-3, metric.key());
            assertTrue(found.stream().allMatch(f -> f.metric() == metric));
        }
    }

    @Test
    void aPosterCataloguedAfterTheIndexWasBuiltIsFound() throws Exception {
        PreviewNeighbours neighbours = fixture.neighbours();
        int before = neighbours.indexedPosters();
        BufferedImage late = SyntheticPosters.make(true, new java.util.Random(77));
        Path file = write(late, "late.png");
        float[] embedding = fixture.encoder.embed(List.of(late))[0];
        long id = catalogue.addPoster(new app.affiche.catalogue.NewPoster(sha(file), file.toString(), Files.size(file),
                SyntheticPosters.WIDTH, SyntheticPosters.HEIGHT, "PNG", "Late poster", 2001, null, null));
        catalogue.putEmbedding(id, fixture.encoder.id(), embedding);

        assertEquals(before + 1, neighbours.indexedPosters(), "rebuilt because the catalogue grew");
        assertEquals("Late poster", neighbours.nearest(embedding, null, 1).getFirst().poster().title());
    }

    static Path write(BufferedImage image, String name) throws Exception {
        return fixture.write(image, name);
    }

    /** A PNG at another deflate level: same pixels, different file (and SHA-256) than {@link #write}. */
    static Path writeOtherBytes(BufferedImage image, String name) throws Exception {
        Path file = dir.resolve(name);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.0f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    static String sha(Path file) throws Exception {
        return PreviewFixture.sha(file);
    }
}
