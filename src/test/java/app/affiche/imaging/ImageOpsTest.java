package app.affiche.imaging;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Geometry of the squares and Pillow-exact bicubic resizing. Golden values were computed with Pillow 9.4
 * ({@code Image.resize(size, Image.BICUBIC)}; padding as {@code Image.new + paste(((n-w)//2, (n-h)//2))}) from
 * the same formula image, independently of this code.
 */
class ImageOpsTest {
    /** r = (37x + 11y) mod 256, g = (x² + 3y) mod 256, b = 255 on a 3×2-cell checkerboard. */
    static BufferedImage formula(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, ((x * 37 + y * 11) % 256) << 16 | ((x * x + 3 * y) % 256) << 8
                        | ((x / 3 + y / 2) % 2) * 255);
            }
        }
        return img;
    }

    static long crcOfRgbBytes(BufferedImage img) {
        CRC32 crc = new CRC32();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                crc.update((p >> 16) & 0xFF);
                crc.update((p >> 8) & 0xFF);
                crc.update(p & 0xFF);
            }
        }
        return crc.getValue();
    }

    @Test
    void bicubicDownscaleMatchesPillowPixelForPixel() {
        int[] pillow = {61, 6, 113, 173, 23, 138, 86, 64, 119, 161, 131, 133, 90, 167, 125, 154, 63, 127, 113, 179,
                129, 101, 16, 127, 169, 33, 128, 91, 74, 127, 173, 141, 128, 84, 177, 127, 166, 73, 127, 80, 190, 128,
                144, 26, 126, 128, 43, 128, 117, 84, 127, 150, 151, 128, 105, 188, 127, 159, 84, 127, 83, 192, 128, 174,
                36, 127, 94, 53, 128, 153, 94, 127, 100, 165, 128, 144, 144, 127, 121, 88, 127, 116, 149, 128, 177, 46,
                137, 88, 63, 121, 175, 104, 133, 84, 176, 124, 165, 135, 129, 84, 94, 128, 157, 156, 127};
        BufferedImage out = Resample.resize(formula(23, 17), 7, 5);
        int[] ours = new int[7 * 5 * 3];
        for (int i = 0; i < 35; i++) {
            int p = out.getRGB(i % 7, i / 7);
            ours[3 * i] = (p >> 16) & 0xFF;
            ours[3 * i + 1] = (p >> 8) & 0xFF;
            ours[3 * i + 2] = p & 0xFF;
        }
        assertArrayEquals(pillow, ours);
    }

    @Test
    void padToSquareAndCentreCropMatchPillow() {
        assertEquals(0xf4dce6d7L, crcOfRgbBytes(ImageOps.padToSquare(formula(300, 451), 224)));
        assertEquals(0x31de7aa1L, crcOfRgbBytes(ImageOps.padToSquare(formula(451, 300), 224)));
        assertEquals(0x8b9d8299L, crcOfRgbBytes(ImageOps.padToSquare(formula(640, 960), 224)));
        assertEquals(0x9b23bd43L, crcOfRgbBytes(ImageOps.centreCropSquare(formula(300, 451), 224)));
        assertEquals(0x54a886L, crcOfRgbBytes(ImageOps.centreCropSquare(formula(640, 960), 224)));
    }

    @Test
    void padToSquareBarsAreBlackAndCentred() {
        // 100 x 200 white poster: bars of 50 px each side; at side 200 no resize happens
        BufferedImage white = Fixtures.halves(100, 200, 0xFFFFFF, 0xFFFFFF);
        BufferedImage square = ImageOps.padToSquare(white, 200);
        assertEquals(200, square.getWidth());
        assertEquals(200, square.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, square.getType());
        for (int y = 0; y < 200; y += 7) {
            assertEquals(0x000000, square.getRGB(49, y) & 0xFFFFFF, "left bar");
            assertEquals(0xFFFFFF, square.getRGB(50, y) & 0xFFFFFF, "poster starts at 50");
            assertEquals(0xFFFFFF, square.getRGB(149, y) & 0xFFFFFF, "poster ends at 149");
            assertEquals(0x000000, square.getRGB(150, y) & 0xFFFFFF, "right bar");
        }
        // odd leftover: 101 wide in 200 → left bar 49, right bar 50
        BufferedImage odd = ImageOps.padToSquare(Fixtures.halves(101, 200, 0xFFFFFF, 0xFFFFFF), 200);
        assertEquals(0x000000, odd.getRGB(48, 100) & 0xFFFFFF);
        assertEquals(0xFFFFFF, odd.getRGB(49, 100) & 0xFFFFFF);
        assertEquals(0xFFFFFF, odd.getRGB(149, 100) & 0xFFFFFF);
        assertEquals(0x000000, odd.getRGB(150, 100) & 0xFFFFFF);
        // scaled to 224, the bars stay black where the kernel cannot reach the poster
        BufferedImage scaled = ImageOps.padToSquare(white, 224);
        assertEquals(0x000000, scaled.getRGB(10, 112) & 0xFFFFFF);
        assertEquals(0xFFFFFF, scaled.getRGB(112, 112) & 0xFFFFFF);
    }

    @Test
    void transparentPixelsGoOverBlackForSquaresAndWhiteForThumbnails() {
        BufferedImage clear = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        assertEquals(0x000000, ImageOps.padToSquare(clear, 10).getRGB(5, 5) & 0xFFFFFF);
        assertEquals(0xFFFFFF, ImageOps.fitWithin(clear, 10).getRGB(5, 5) & 0xFFFFFF);
    }

    @Test
    void fitWithinNeverUpscalesAndKeepsAspect() {
        BufferedImage big = formula(1200, 800);
        BufferedImage fitted = ImageOps.fitWithin(big, 512);
        assertEquals(512, fitted.getWidth());
        assertEquals(341, fitted.getHeight());
        BufferedImage small = formula(100, 60);
        assertEquals(100, ImageOps.fitWithin(small, 512).getWidth());
        BufferedImage tall = ImageOps.fitWithin(formula(300, 1000), 100);
        assertEquals(30, tall.getWidth());
        assertEquals(100, tall.getHeight());
    }

    @Test
    void subImagesAreReadThroughTheirOwnBounds() {
        BufferedImage halves = Fixtures.halves(100, 50, 0xFF0000, 0x0000FF);
        BufferedImage right = halves.getSubimage(50, 0, 50, 50);
        assertEquals(0x0000FF, ImageOps.padToSquare(right, 50).getRGB(25, 25) & 0xFFFFFF);
    }

    @Test
    void thumbnailIsAJpegOfTheAskedSize() throws Exception {
        byte[] jpeg = ImageOps.thumbnailJpeg(Fixtures.halves(900, 1350, 0xC02020, 0x2020C0), 256);
        assertTrue(jpeg.length > 100 && (jpeg[0] & 0xFF) == 0xFF && (jpeg[1] & 0xFF) == 0xD8, "starts with SOI");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(171, back.getWidth());
        assertEquals(256, back.getHeight());
        assertTrue(Fixtures.distance(back.getRGB(20, 128), 0xC02020) <= 10);
    }
}
