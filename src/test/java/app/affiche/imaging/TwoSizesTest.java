package app.affiche.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One decode for the import's copy and the encoder's input gives each exactly what a decode of its own gave:
 * the encoder's pixels (so its embeddings) do not change, nor do palette, thumbnail and hash.
 */
class TwoSizesTest {
    private static final int IMPORT = 512, ENCODER = 224;
    private final PosterDecoder decoder = new PosterDecoder();

    @TempDir
    Path dir;

    @Test
    void aBigScanThroughLibjpegTurboIsDecodedOnceAndGivesTheSamePixels() throws Exception {
        assumeTrue(PosterDecoder.turbo() != null, "libjpeg-turbo is not installed: the ImageIO tests below cover the rest");
        Path scan = Fixtures.jpeg(textured(6000, 4000), dir.resolve("scan.jpg"));
        TwoSizes both = decoder.readTwoSizes(scan, IMPORT, ENCODER);
        assertTrue(both.oneDecode(), "1/8 DCT scale for both sizes");
        assertSame(decoder.read(scan, IMPORT), both.large());
        assertSame(decoder.read(scan, ENCODER), both.small());
        assertEquals(250, both.small().getWidth()); // 750 px at 1/8, every third pixel
    }

    @Test
    void differentDctScalesAreDecodedTwiceAndStillMatch() throws Exception {
        assumeTrue(PosterDecoder.turbo() != null, "libjpeg-turbo is not installed");
        Path file = Fixtures.jpeg(textured(3000, 2000), dir.resolve("3000.jpg")); // 1/4 for 512 px, 1/8 for 224
        TwoSizes both = decoder.readTwoSizes(file, IMPORT, ENCODER);
        assertFalse(both.oneDecode());
        assertSame(decoder.read(file, IMPORT), both.large());
        assertSame(decoder.read(file, ENCODER), both.small());
    }

    @Test
    void imageIoRouteSharesOneDecodeWhenTheStepsDivide() throws Exception {
        // 1500 px: every 2nd pixel for 512, every 6th for 224; EXIF orientation 6 turns it after the picking
        byte[] jpeg = Fixtures.withExifOrientation(Fixtures.jpegBytes(textured(1500, 1000), 0.9f, false), 6);
        Path rotated = Files.write(dir.resolve("rotated.jpg"), jpeg);
        Path png = Fixtures.write(textured(1000, 1500), "png", dir.resolve("tall.png"));
        for (Path file : List.of(rotated, png)) {
            TwoSizes both = decoder.readTwoWithImageIO(file, IMPORT, ENCODER);
            assertTrue(both.oneDecode(), file.toString());
            assertSame(decoder.readWithImageIO(file, IMPORT), both.large());
            assertSame(decoder.readWithImageIO(file, ENCODER), both.small());
        }
        assertEquals(167, decoder.readTwoWithImageIO(rotated, IMPORT, ENCODER).small().getWidth()); // 1000 / 6, turned
    }

    @Test
    void imageIoRouteDecodesTwiceWhenTheStepsDoNotDivide() throws Exception {
        Path file = Fixtures.jpeg(textured(2400, 1600), dir.resolve("2400.jpg")); // steps 4 and 10
        TwoSizes both = decoder.readTwoWithImageIO(file, IMPORT, ENCODER);
        assertFalse(both.oneDecode());
        assertSame(decoder.readWithImageIO(file, IMPORT), both.large());
        assertSame(decoder.readWithImageIO(file, ENCODER), both.small());
    }

    @Test
    void sharedPostersAndOddJpegsGiveTheSamePixelsBothWays() throws Exception {
        Path shared = Path.of("../shared/data");
        assumeTrue(Files.isDirectory(shared.resolve("posters/images")), "../shared/data/posters/images is absent");
        List<Path> files;
        try (Stream<Path> posters = Files.list(shared.resolve("posters/images")).sorted().limit(40);
             Stream<Path> odd = Files.isDirectory(shared.resolve("real-odd-jpegs"))
                     ? Files.list(shared.resolve("real-odd-jpegs")).filter(p -> p.toString().endsWith(".jpg")).sorted()
                     : Stream.empty()) {
            files = Stream.concat(posters, odd).toList();
        }
        for (Path file : files) {
            TwoSizes both = decoder.readTwoSizes(file, IMPORT, ENCODER);
            assertSame(decoder.read(file, IMPORT), both.large());
            assertSame(decoder.read(file, ENCODER), both.small());
        }
    }

    @Test
    void aTruncatedFileFailsWithTheSameReasonAsASingleDecode() throws Exception {
        byte[] jpeg = Fixtures.jpegBytes(textured(1500, 1000), 0.9f, false);
        Path cut = Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 2));
        DecodeException single = org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class, () -> decoder.read(cut, IMPORT));
        DecodeException both = org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class,
                () -> decoder.readTwoSizes(cut, IMPORT, ENCODER));
        assertEquals(single.getMessage(), both.getMessage());
    }

    private static void assertSame(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int w = expected.getWidth(), h = expected.getHeight();
        assertArrayEquals(expected.getRGB(0, 0, w, h, null, 0, w), actual.getRGB(0, 0, w, h, null, 0, w));
    }

    /** Gradients and fine texture, so picking a different pixel shows. */
    static BufferedImage textured(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (x * 255 / w) ^ ((x * y) >> 9 & 31), g = (y * 255 / h) ^ ((x + y) >> 3 & 15), b = ((x ^ y) >> 4) & 255;
                row[x] = (r & 255) << 16 | (g & 255) << 8 | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }
}
