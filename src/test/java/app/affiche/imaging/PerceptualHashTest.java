package app.affiche.imaging;

import app.affiche.SharedData;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** On real posters: the same art at half size or brighter hashes within a few bits; different posters far apart. */
class PerceptualHashTest {
    @Test
    void theSameArtStaysCloseAndDifferentPostersFarApart() throws Exception {
        Path images = SharedData.posters().resolve("images");
        List<Path> files;
        try (var s = Files.list(images)) {
            files = s.sorted().limit(400).toList();
        }
        PosterDecoder decoder = new PosterDecoder();
        BufferedImage first = decoder.read(files.getFirst());
        long hash = PerceptualHash.dct(first);
        assertTrue(PerceptualHash.hamming(hash, PerceptualHash.dct(half(first))) <= 4, "half size");
        assertTrue(PerceptualHash.hamming(hash, PerceptualHash.dct(brighter(first))) <= 4, "brighter");
        int closest = 64;
        for (Path f : files.subList(1, files.size())) {
            closest = Math.min(closest, PerceptualHash.hamming(hash, PerceptualHash.dct(decoder.read(f))));
        }
        assertTrue(closest > 8, "no other poster within the sure bits of the rule, closest " + closest);
    }

    @Test
    void halfTheBitsAreSetAndATinyImageStillHashes() {
        BufferedImage gradient = new BufferedImage(64, 96, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 96; y++) for (int x = 0; x < 64; x++) gradient.setRGB(x, y, (x * 4) << 16 | (y * 2) << 8 | 90);
        assertEquals(32, Long.bitCount(PerceptualHash.dct(gradient)), 1, "bits above the median of 63 AC terms");
        BufferedImage tiny = new BufferedImage(5, 7, BufferedImage.TYPE_INT_RGB);
        tiny.setRGB(2, 3, 0xFFFFFF);
        assertDoesNotThrow(() -> PerceptualHash.dct(tiny));
        assertEquals(PerceptualHash.dct(gradient), PerceptualHash.dct(gradient), "deterministic");
    }

    private static BufferedImage half(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    private static BufferedImage brighter(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = Math.min(255, (p >> 16 & 0xFF) + 25), g = Math.min(255, (p >> 8 & 0xFF) + 25), b = Math.min(255, (p & 0xFF) + 25);
                out.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return out;
    }
}
