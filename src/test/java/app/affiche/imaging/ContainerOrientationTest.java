package app.affiche.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import static app.affiche.imaging.OrientationAndCmykTest.BLUE;
import static app.affiche.imaging.OrientationAndCmykTest.RED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EXIF orientation carried in a PNG's eXIf chunk or a WebP's EXIF chunk is applied like a JPEG's. */
class ContainerOrientationTest {
    @TempDir
    Path dir;

    private final PosterDecoder decoder = new PosterDecoder();

    @Test
    void pngExifOrientation6TurnsThePosterUpright() throws Exception {
        // stored 80 × 40, left half red: a portrait poster photographed with the phone on its side
        Path file = Files.write(dir.resolve("draft.png"), pngWithExif(Fixtures.halves(80, 40, RED, BLUE), 6));
        BufferedImage img = decoder.read(file, 0);
        assertEquals(40, img.getWidth());
        assertEquals(80, img.getHeight());
        assertTrue(Fixtures.distance(img.getRGB(20, 10), RED) <= 2, "the stored left edge is the top");
        assertTrue(Fixtures.distance(img.getRGB(20, 70), BLUE) <= 2, "the stored right edge is the bottom");
        assertEquals(new ImageInfo("PNG", 40, 80), decoder.probe(file));
    }

    @Test
    void pngWithoutExifOrWithOrientation1IsLeftAlone() throws Exception {
        Path plain = Fixtures.write(Fixtures.halves(80, 40, RED, BLUE), "png", dir.resolve("plain.png"));
        assertEquals(new ImageInfo("PNG", 80, 40), decoder.probe(plain));
        Path one = Files.write(dir.resolve("one.png"), pngWithExif(Fixtures.halves(80, 40, RED, BLUE), 1));
        BufferedImage img = decoder.read(one, 0);
        assertEquals(80, img.getWidth());
        assertTrue(Fixtures.distance(img.getRGB(10, 20), RED) <= 2);
    }

    @Test
    void webpExifChunkAfterTheImageDataIsHonoured() throws Exception {
        for (boolean prefix : new boolean[]{false, true}) {
            byte[] webp = WebpBytes.solidWithExif(80, 40, RED, Fixtures.exifOrientation(8), prefix);
            Path file = Files.write(dir.resolve("turned-" + prefix + ".webp"), webp);
            assertEquals(new ImageInfo("WEBP", 40, 80), decoder.probe(file), "prefix " + prefix);
            BufferedImage img = decoder.read(file, 0);
            assertEquals(40, img.getWidth());
            assertEquals(80, img.getHeight());
            assertTrue(Fixtures.distance(img.getRGB(20, 40), RED) <= 2, "pixels still decode");
        }
    }

    @Test
    void aWebpWithoutExifKeepsItsShape() throws Exception {
        Path file = Files.write(dir.resolve("plain.webp"), WebpBytes.solid(80, 40, BLUE));
        assertEquals(new ImageInfo("WEBP", 80, 40), decoder.probe(file));
    }

    /** The image as PNG with an eXIf chunk right after IHDR (where the PNG 3rd edition wants it: before IDAT). */
    static byte[] pngWithExif(BufferedImage image, int orientation) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] plain = png.toByteArray();
        int afterIhdr = 8 + 4 + 4 + 13 + 4; // signature, then IHDR's length, type, 13-byte body and CRC
        byte[] exif = Fixtures.exifOrientation(orientation);
        ByteBuffer chunk = ByteBuffer.allocate(12 + exif.length);
        chunk.putInt(exif.length).put("eXIf".getBytes()).put(exif);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + exif.length);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterIhdr);
        out.writeBytes(chunk.array());
        out.write(plain, afterIhdr, plain.length - afterIhdr);
        return out.toByteArray();
    }
}
