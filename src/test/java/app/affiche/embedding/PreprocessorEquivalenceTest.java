package app.affiche.embedding;

import app.affiche.imaging.ImageOps;
import app.affiche.imaging.PosterDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preprocessor's fast path (resize over the poster alone into a reused buffer, straight to floats) against
 * the plain one on shared posters: black square built here at full size, resized whole (a centre crop of a
 * square is the square itself), then normalised. Same tensors, and embeddings with cosine >= 0.999.
 */
class PreprocessorEquivalenceTest {
    private static EncoderSpec spec;
    private static Encoder encoder;

    @BeforeAll
    static void open() throws Exception {
        spec = Manifest.builtIn().require("mobilenetv2-fp32");
        encoder = Encoders.open(spec, app.affiche.SharedData.models().resolve(spec.file()),
                new Encoders.Options(DeviceChoice.CPU, 0), m -> { });
    }

    @AfterAll
    static void close() {
        if (encoder != null) encoder.close();
    }

    private static BufferedImage paddedSquare(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight(), n = Math.max(w, h);
        BufferedImage square = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        square.createGraphics().drawImage(img, (n - w) / 2, (n - h) / 2, null);
        return square;
    }

    @Test
    void fastTensorsAndEmbeddingsEqualThePlainPathOnSharedPosters() throws Exception {
        List<Path> posters = TestImages.sharedPosters(400);
        Preprocessor pre = new Preprocessor(spec);
        int len = pre.tensorLength(), count = 16;
        float[] fast = new float[count * len];
        float[] plain = new float[count * len];
        PosterDecoder decoder = new PosterDecoder();
        for (int i = 0; i < count; i++) {
            BufferedImage img = decoder.read(posters.get(i * 25), pre.side());
            pre.write(img, fast, i * len);
            pre.writeSquare(ImageOps.centreCropSquare(paddedSquare(img), pre.side()), plain, i * len);
        }
        assertArrayEquals(plain, fast, posters.get(0) + " ...: tensors differ");
        float[][] a = encoder.embedTensors(fast, count);
        float[][] b = encoder.embedTensors(plain, count);
        for (int i = 0; i < count; i++) {
            double cos = TestImages.cosine(a[i], b[i]);
            assertTrue(cos >= 0.999, posters.get(i * 25) + ": cosine " + cos);
        }
    }
}
