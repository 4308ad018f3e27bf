package app.affiche.imaging;

import app.affiche.SharedData;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast pad-to-square (resize over the poster alone, bars skipped) gives exactly the pixels of the plain way:
 * build the black n x n square, paste the poster, resize all of it. Any off-by-one in the clipped kernels shows.
 */
class PadResizeTest {
    /** The plain way, written out here: full padded square, then the full-size resize. */
    static int[] padThenResize(BufferedImage image, int side) {
        int w = image.getWidth(), h = image.getHeight(), n = Math.max(w, h);
        BufferedImage square = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) square.setRGB((n - w) / 2 + x, (n - h) / 2 + y, image.getRGB(x, y));
        }
        BufferedImage resized = n == side ? square : Resample.resize(square, side, side);
        return resized.getRGB(0, 0, side, side, null, 0, side);
    }

    private static int[] fast(BufferedImage image, int side) {
        return ImageOps.padToSquare(image, side).getRGB(0, 0, side, side, null, 0, side);
    }

    @Test
    void equalsPaddingThenResizingForTallWideOddAndSquareSizes() {
        int[][] sizes = {{183, 256}, {256, 183}, {175, 256}, {174, 256}, {224, 224}, {224, 150}, {151, 224}, {100, 61},
                {61, 100}, {1000, 301}, {300, 300}, {1, 500}, {500, 1}, {225, 224}, {7, 3}};
        for (int[] s : sizes) {
            BufferedImage img = ImageOpsTest.formula(s[0], s[1]);
            assertArrayEquals(padThenResize(img, 224), fast(img, 224), s[0] + "x" + s[1] + " -> 224");
            assertArrayEquals(padThenResize(img, 31), fast(img, 31), s[0] + "x" + s[1] + " -> 31");
        }
    }

    @Test
    void barsStayExactlyBlack() {
        int[] px = fast(ImageOpsTest.formula(100, 224), 224); // 100 px wide, at columns 62..161
        for (int y = 0; y < 224; y++) {
            assertEquals(0, px[y * 224] & 0xFFFFFF);
            assertEquals(0, px[y * 224 + 40] & 0xFFFFFF);
            assertEquals(0, px[y * 224 + 223] & 0xFFFFFF);
        }
    }

    @Test
    void equalsPaddingThenResizingOnSharedPosters() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedData.posters().resolve("images"))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        PosterDecoder decoder = new PosterDecoder();
        for (int i = 0; i < files.size(); i += files.size() / 40) {
            BufferedImage img = decoder.read(files.get(i), 224);
            assertArrayEquals(padThenResize(img, 224), fast(img, 224), files.get(i).toString());
        }
    }
}
