package app.affiche.pipeline;

import app.affiche.heads.FieldHead;
import app.affiche.heads.FieldHeadTrainer;
import app.affiche.heads.FieldReading;
import app.affiche.heads.HeadsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The designer preview reads a draft with the extra fields' heads (real encoder, a real field head trained on striped
 * and plain posters): a striped draft reads as striped; a failing reader leaves the rest of the preview standing.
 */
class PreviewFieldReadingsTest {
    @TempDir
    static Path dir;
    private static PreviewFixture fixture;
    private static FieldHead look;

    @BeforeAll
    static void trainALookHead() throws Exception {
        fixture = new PreviewFixture(dir, 16);
        Random random = new Random(8);
        List<BufferedImage> images = new ArrayList<>();
        int[] classOf = new int[24];
        for (int i = 0; i < classOf.length; i++) {
            classOf[i] = i % 2;
            images.add(SyntheticPosters.make(classOf[i] == 0, random));
        }
        float[][] x = fixture.encoder.embed(images);
        look = new FieldHeadTrainer(HeadsConfig.defaults().withSeed(4)).train(new FieldHeadTrainer.Data("look",
                fixture.encoder.id(), x, List.of("striped", "plain"), classOf, null, null), () -> false);
    }

    @AfterAll
    static void close() {
        if (fixture != null) fixture.close();
    }

    @Test
    void aStripedDraftReadsAsStripedBesideTheGenres() throws Exception {
        Path draft = fixture.write(SyntheticPosters.make(true, new Random(99)), "draft.png");
        PreviewResult r = fixture.analysis(true, true).withFieldHeads(e -> List.of(look.read(e)))
                .analyse(draft, () -> false, PreviewProgress.NONE);
        assertEquals(1, r.fields().size());
        FieldReading reading = r.fields().getFirst();
        assertEquals("striped", reading.category(), reading.toString());
        assertTrue(reading.probability() > 0.5 && reading.probability() <= 1, reading.toString());
        assertTrue(reading.describe().startsWith("striped "), reading.describe());
        assertNotNull(r.prediction(), "the genres are read as before");
    }

    @Test
    void aFailingFieldReaderIsANoteNotAFailure() throws Exception {
        Path draft = fixture.write(SyntheticPosters.make(false, new Random(98)), "draft2.png");
        PreviewResult r = fixture.analysis(true, true).withFieldHeads(e -> {
            throw new IllegalStateException("head damaged");
        }).analyse(draft, () -> false, PreviewProgress.NONE);
        assertTrue(r.fields().isEmpty());
        assertTrue(r.notes().contains("Field heads unavailable: head damaged"), r.notes().toString());
        assertFalse(r.similar().isEmpty());
    }
}
