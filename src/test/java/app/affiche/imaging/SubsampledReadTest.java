package app.affiche.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Big scans are read subsampled to about the size asked; the decoder is shared by worker threads. */
class SubsampledReadTest {
    @TempDir
    Path dir;

    @Test
    void a24MegapixelJpegIsReadAtAboutTheAskedSize() throws Exception {
        BufferedImage big = Fixtures.bands(6000, 4000, new int[]{0xB03030, 0x3050B0}, new double[]{1, 1});
        Path file = Fixtures.jpeg(big, dir.resolve("24mp.jpg"));
        big = null;
        PosterDecoder decoder = new PosterDecoder();
        BufferedImage img = decoder.readWithImageIO(file, 512);
        // factor floor(6000 / 512) = 11: ceil(6000 / 11) x ceil(4000 / 11)
        assertEquals(546, img.getWidth());
        assertEquals(364, img.getHeight());
        assertTrue(Fixtures.distance(img.getRGB(273, 40), 0xB03030) <= 8);
        assertTrue(Fixtures.distance(img.getRGB(273, 320), 0x3050B0) <= 8);
        // The public read (libjpeg-turbo's 1/8 DCT scale where installed) keeps the same promise.
        BufferedImage any = decoder.read(file, 512);
        assertTrue(any.getWidth() >= 512 && any.getWidth() < 1024, "long side " + any.getWidth());
        assertEquals(any.getWidth() * 2 / 3, any.getHeight(), 1);
        assertTrue(Fixtures.distance(any.getRGB(any.getWidth() / 2, any.getHeight() / 10), 0xB03030) <= 8);
        assertTrue(Fixtures.distance(any.getRGB(any.getWidth() / 2, any.getHeight() * 9 / 10), 0x3050B0) <= 8);
    }

    @Test
    void subsamplingFactorKeepsTheLongSideAtLeastTheAskedSize() {
        assertEquals(1, PosterDecoder.subsampling(400, 512));
        assertEquals(1, PosterDecoder.subsampling(1023, 512));
        assertEquals(2, PosterDecoder.subsampling(1024, 512));
        assertEquals(11, PosterDecoder.subsampling(6000, 512));
        assertEquals(1, PosterDecoder.subsampling(6000, 0));
        for (int longSide = 1; longSide < 5000; longSide += 7) {
            int f = PosterDecoder.subsampling(longSide, 300);
            int result = (longSide + f - 1) / f;
            assertTrue(result >= Math.min(longSide, 300) && (f == 1 || result < 600), longSide + " -> " + result);
        }
    }

    @Test
    void concurrentReadsFromOneDecoder() throws Exception {
        Path a = Fixtures.jpeg(Fixtures.halves(300, 200, 0xFF0000, 0x0000FF), dir.resolve("a.jpg"));
        Path b = Fixtures.write(Fixtures.halves(200, 300, 0x00FF00, 0xFFFFFF), "png", dir.resolve("b.png"));
        PosterDecoder decoder = new PosterDecoder();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BufferedImage>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Path f = i % 2 == 0 ? a : b;
                results.add(pool.submit(() -> decoder.read(f, 100)));
            }
            for (int i = 0; i < results.size(); i++) {
                BufferedImage img = results.get(i).get();
                if (i % 2 == 0) assertTrue(img.getWidth() >= 100 && img.getWidth() < 200, "JPEG, long side " + img.getWidth());
                else assertEquals(67, img.getWidth(), "PNG: every third pixel");
                int expected = i % 2 == 0 ? 0xFF0000 : 0x00FF00;
                assertTrue(Fixtures.distance(img.getRGB(10, img.getHeight() / 2), expected) <= 8);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
