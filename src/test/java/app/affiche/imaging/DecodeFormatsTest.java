package app.affiche.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.awt.color.ColorSpace;
import java.awt.Transparency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every supported format decodes to the right size and colours, as 8-bit sRGB INT_RGB / INT_ARGB. */
class DecodeFormatsTest {
    static final int RED = 0xD02030;
    static final int BLUE = 0x2040C0;

    @TempDir
    Path dir;

    private final PosterDecoder decoder = new PosterDecoder();

    /** Left half red, right half blue; compared at points away from the edge (JPEG blurs it). */
    private static void assertHalves(BufferedImage img, int w, int h, int tolerance) {
        assertEquals(w, img.getWidth(), "width");
        assertEquals(h, img.getHeight(), "height");
        assertTrue(Fixtures.distance(img.getRGB(w / 8, h / 2), RED) <= tolerance,
                "left is red: " + Integer.toHexString(img.getRGB(w / 8, h / 2)));
        assertTrue(Fixtures.distance(img.getRGB(w - 1 - w / 8, h / 2), BLUE) <= tolerance,
                "right is blue: " + Integer.toHexString(img.getRGB(w - 1 - w / 8, h / 2)));
    }

    @Test
    void baselineAndProgressiveJpeg() throws Exception {
        BufferedImage src = Fixtures.halves(64, 48, RED, BLUE);
        Path baseline = Files.write(dir.resolve("b.jpg"), Fixtures.jpegBytes(src, 0.95f, false));
        Path progressive = Files.write(dir.resolve("p.jpg"), Fixtures.jpegBytes(src, 0.95f, true));
        for (Path f : List.of(baseline, progressive)) {
            BufferedImage img = decoder.read(f, 0);
            assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
            assertHalves(img, 64, 48, 8);
            assertEquals(new ImageInfo("JPEG", 64, 48), decoder.probe(f));
        }
    }

    @Test
    void formatIsRecognisedByContentNotExtension() throws Exception {
        Path png = Fixtures.write(Fixtures.halves(20, 10, RED, BLUE), "png", dir.resolve("really-a-png.jpg"));
        assertEquals("PNG", decoder.probe(png).format());
        assertHalves(decoder.read(png, 0), 20, 10, 0);
    }

    @Test
    void png8BitExactAndGreyBecomesRgb() throws Exception {
        Path png = Fixtures.write(Fixtures.halves(30, 20, RED, BLUE), "png", dir.resolve("a.png"));
        assertHalves(decoder.read(png, 0), 30, 20, 0);

        BufferedImage grey = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 77);
        Path greyPng = Fixtures.write(grey, "png", dir.resolve("grey.png"));
        BufferedImage img = decoder.read(greyPng, 0);
        assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
        assertEquals(0x4D4D4D, img.getRGB(0, 0) & 0xFFFFFF, "grey 77 replicated as stored");
    }

    @Test
    void png16BitBecomes8Bit() throws Exception {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(8, 4);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 8; x++) raster.setPixel(x, y, new int[]{65535, 32896, 257 * 16});
        }
        BufferedImage src = new BufferedImage(cm, raster, false, null);
        Path png = Fixtures.write(src, "png", dir.resolve("16.png"));
        BufferedImage img = decoder.read(png, 0);
        assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
        assertEquals(0xFF8010, img.getRGB(3, 2) & 0xFFFFFF);
    }

    @Test
    void pngWithAlphaKeepsAlpha() throws Exception {
        BufferedImage src = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        src.setRGB(1, 1, 0x80D02030);
        Path png = Fixtures.write(src, "png", dir.resolve("alpha.png"));
        BufferedImage img = decoder.read(png, 0);
        assertEquals(BufferedImage.TYPE_INT_ARGB, img.getType());
        assertEquals(0x80D02030, img.getRGB(1, 1));
        assertEquals(0, img.getRGB(5, 5) >>> 24, "transparent stays transparent");
    }

    @Test
    void tiffLzwDeflateAndFirstPageOfMultiPage() throws Exception {
        for (String compression : List.of("LZW", "Deflate")) {
            Path tiff = Fixtures.tiff(List.of(Fixtures.halves(40, 30, RED, BLUE), Fixtures.halves(10, 10, BLUE, RED)),
                    compression, dir.resolve(compression + ".tif"));
            assertEquals(new ImageInfo("TIFF", 40, 30), decoder.probe(tiff), compression);
            assertHalves(decoder.read(tiff, 0), 40, 30, 0);
        }
    }

    @Test
    void tiff16BitGrey() throws Exception {
        BufferedImage src = new BufferedImage(6, 6, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) src.getRaster().setSample(x, y, 0, x < 3 ? 0 : 65535);
        }
        Path tiff = Fixtures.tiff(List.of(src), "LZW", dir.resolve("16.tif"));
        BufferedImage img = decoder.read(tiff, 0);
        assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
        assertEquals(0x000000, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFFFFFF, img.getRGB(5, 5) & 0xFFFFFF);
    }

    @Test
    void embeddedIccProfileIsConvertedToSrgb() throws Exception {
        // linear-light RGB 51/255 = 0.2, written with its ICC profile by the TwelveMonkeys TIFF writer
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), false,
                false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(8, 8);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) raster.setPixel(x, y, new int[]{51, 51, 51});
        }
        Path tiff = Fixtures.tiff(List.of(new BufferedImage(cm, raster, false, null)), null, dir.resolve("lin.tif"));
        int v = decoder.read(tiff, 0).getRGB(4, 4) & 0xFF;
        double srgb = 255 * (1.055 * Math.pow(0.2, 1 / 2.4) - 0.055); // 123.5: the sRGB encoding of 0.2
        assertEquals(srgb, v, 2.5, "decoded " + v);
    }

    @Test
    void bmpAndGifFirstFrame() throws Exception {
        Path bmp = Fixtures.write(Fixtures.halves(16, 8, RED, BLUE), "bmp", dir.resolve("a.bmp"));
        assertEquals("BMP", decoder.probe(bmp).format());
        assertHalves(decoder.read(bmp, 0), 16, 8, 0);

        Path gif = Fixtures.write(Fixtures.halves(16, 8, 0xFF0000, 0x0000FF), "gif", dir.resolve("a.gif"));
        BufferedImage img = decoder.read(gif, 0);
        assertEquals("GIF", decoder.probe(gif).format());
        assertEquals(0xFF0000, img.getRGB(1, 4) & 0xFFFFFF);
        assertEquals(0x0000FF, img.getRGB(14, 4) & 0xFFFFFF);
    }

    @Test
    void webpLosslessBuiltByBytes() throws Exception {
        Path webp = Files.write(dir.resolve("solid.webp"), WebpBytes.solid(7, 5, 0x3366CC));
        assertEquals(new ImageInfo("WEBP", 7, 5), decoder.probe(webp));
        BufferedImage img = decoder.read(webp, 0);
        assertEquals(7, img.getWidth());
        assertEquals(5, img.getHeight());
        assertEquals(0x3366CC, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x3366CC, img.getRGB(6, 4) & 0xFFFFFF);
    }
}
