package app.affiche.imaging;

import app.affiche.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EXIF orientation is applied; Adobe CMYK/YCCK JPEGs decode to the colours of an independent conversion. */
class OrientationAndCmykTest {
    static final int RED = 0xE01010;
    static final int BLUE = 0x1010E0;

    @TempDir
    Path dir;

    private final PosterDecoder decoder = new PosterDecoder();

    private Path landscapeWithOrientation(int orientation) throws IOException {
        // stored 80 x 40: left half red, right half blue
        byte[] jpeg = Fixtures.jpegBytes(Fixtures.halves(80, 40, RED, BLUE), 0.95f, false);
        return Files.write(dir.resolve("o" + orientation + ".jpg"), Fixtures.withExifOrientation(jpeg, orientation));
    }

    private static boolean near(int rgb, int expected) {
        return Fixtures.distance(rgb, expected) <= 12;
    }

    @Test
    void orientation6RotatesClockwise() throws Exception {
        BufferedImage img = decoder.read(landscapeWithOrientation(6), 0);
        assertEquals(40, img.getWidth());
        assertEquals(80, img.getHeight());
        // turned 90° clockwise, the stored left edge (red) becomes the top
        assertTrue(near(img.getRGB(20, 10), RED), "top is red");
        assertTrue(near(img.getRGB(20, 70), BLUE), "bottom is blue");
        assertEquals(new ImageInfo("JPEG", 40, 80), decoder.probe(landscapeWithOrientation(6)));
    }

    @Test
    void orientation8RotatesCounterClockwiseAnd3Turns() throws Exception {
        BufferedImage img = decoder.read(landscapeWithOrientation(8), 0);
        assertEquals(40, img.getWidth());
        assertTrue(near(img.getRGB(20, 10), BLUE), "counter-clockwise: the stored right edge is the top");
        BufferedImage turned = decoder.read(landscapeWithOrientation(3), 0);
        assertEquals(80, turned.getWidth());
        assertTrue(near(turned.getRGB(10, 20), BLUE), "180°: left and right swap");
        BufferedImage normal = decoder.read(landscapeWithOrientation(1), 0);
        assertTrue(near(normal.getRGB(10, 20), RED), "1 leaves it alone");
    }

    @Test
    void orientationAlsoAppliesToSubsampledReads() throws Exception {
        BufferedImage img = decoder.read(landscapeWithOrientation(6), 20);
        // stored 80 x 40 read every 4th pixel (20 x 10), then turned upright
        assertEquals(10, img.getWidth());
        assertEquals(20, img.getHeight());
    }

    /**
     * Real Adobe YCCK JPEGs. The reference is computed without TwelveMonkeys: the JDK reader's raw raster (no
     * colour conversion), JFIF YCbCr → RGB, then Adobe's inverted CMYK naively to RGB: R = (255 − r')·K/255.
     * Plain ImageIO's read() returns these washed out (30–70 levels lighter) without an error.
     */
    @Test
    void realCmykJpegsLookLikeAnIndependentConversion() throws Exception {
        int files = 0;
        try (DirectoryStream<Path> jpegs = Files.newDirectoryStream(SharedData.oddJpegs(), "*.jpg")) {
            for (Path f : jpegs) {
                BufferedImage ours = decoder.read(f, 0);
                Raster raw = jdkRawRaster(f);
                assertEquals(raw.getWidth(), ours.getWidth());
                double diff = meanAbsDifference(ours, raw);
                assertTrue(diff < 4, f.getFileName() + ": mean difference to the naive CMYK conversion " + diff);
                files++;
            }
        }
        assertTrue(files > 0, "no JPEGs in " + SharedData.oddJpegs());
    }

    private static double meanAbsDifference(BufferedImage ours, Raster ycck) {
        double sum = 0;
        for (int y = 0; y < ycck.getHeight(); y++) {
            for (int x = 0; x < ycck.getWidth(); x++) {
                double luma = ycck.getSample(x, y, 0);
                double cb = ycck.getSample(x, y, 1) - 128.0;
                double cr = ycck.getSample(x, y, 2) - 128.0;
                double k = ycck.getSample(x, y, 3);
                double[] inked = {luma + 1.402 * cr, luma - 0.344136 * cb - 0.714136 * cr, luma + 1.772 * cb};
                int rgb = ours.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    double expected = (255 - Math.clamp(inked[c], 0, 255)) * k / 255;
                    sum += Math.abs(((rgb >> (16 - 8 * c)) & 0xFF) - expected);
                }
            }
        }
        return sum / (3.0 * ycck.getWidth() * ycck.getHeight());
    }

    private static Raster jdkRawRaster(Path f) throws IOException {
        ImageReader jdk = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext(); ) {
            ImageReader r = it.next();
            if (r.getClass().getName().startsWith("com.sun.")) jdk = r;
        }
        assertTrue(jdk != null, "the JDK's own JPEG reader");
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            jdk.setInput(in);
            return jdk.readRaster(0, null);
        } finally {
            jdk.dispose();
        }
    }
}
