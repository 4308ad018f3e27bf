package app.affiche.ui.workbench;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.embedding.Encoder;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.EncoderImages;
import app.affiche.pipeline.RealEncoder;
import app.affiche.ui.common.CatalogueGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static app.affiche.ui.workbench.BatchRunnerTest.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dropped scan through the window's own stages (the import, then the tagger, sharing one {@link EncoderImages} as
 * {@code Session} wires them): the tagger embeds the input the import decoded, and the stored embedding is the one a decode of its own gives, bit for
 * bit. Real catalogue, real ONNX session (skips without the shared models).
 */
class OneDecodeDropTest {
    @TempDir
    Path dir;

    @Test
    void theTaggerEmbedsWhatTheImportDecodedWithTheSameBits() throws Exception {
        Path scan = dir.resolve("in/scan.jpg");
        Files.createDirectories(scan.getParent());
        BufferedImage img = new BufferedImage(4800, 3200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) img.setRGB(x, y, (x * 255 / 4800) << 16 | ((x ^ y) & 255) << 8 | (y * 255 / 3200));
        }
        ImageIO.write(img, "jpg", scan.toFile());
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db")); Encoder encoder = RealEncoder.open()) {
            EncoderImages handed = new EncoderImages(ModelTagger.DECODE_SIDE, 8);
            CatalogueGateway gateway = new CatalogueGateway(catalogue);
            ModelTagger tagger = new ModelTagger(gateway, handed); // no encoder yet: the drop is imported, not tagged
            AtomicInteger imported = new AtomicInteger();
            BatchRunner runner = new BatchRunner(new PipelineImport(catalogue, 1, handed), tagger,
                    new PendingQueue(dir.resolve("home")), new BatchListener() {
                        @Override
                        public void posterImported(Path file, long posterId) {
                            imported.incrementAndGet();
                        }

                        @Override
                        public void posterTagged(long posterId) {
                        }

                        @Override
                        public void posterFailed(Failure failure) {
                            throw new AssertionError(failure.reason());
                        }

                        @Override
                        public void progress(BatchProgress progress) {
                        }
                    });
            runner.enqueue(List.of(scan), false);
            await(() -> imported.get() == 1 && !runner.running());
            assertEquals(1, handed.size(), "the import decoded the encoder's input with its own copy");
            long id = catalogue.posters(PosterFilter.ALL).getFirst().id();
            tagger.encoder(encoder);
            tagger.tag(id, scan); // as the tag stage does, with the path the import reported
            assertEquals(0, handed.size(), "the tagger took the image the import decoded");
            float[] stored = catalogue.embedding(id, encoder.id()).orElseThrow();
            float[] own = encoder.embed(List.of(new PosterDecoder().read(scan, ModelTagger.DECODE_SIDE)))[0];
            assertArrayEquals(own, stored);
            runner.shutdown(5);
        }
    }
}
