package app.affiche.imaging;

import app.affiche.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The libjpeg-turbo route gives exactly the ImageIO route's pixels, and leaves everything unusual to ImageIO. */
class FastJpegTest {
    @TempDir
    Path dir;

    private final PosterDecoder decoder = new PosterDecoder();
    private TurboJpeg turbo;

    @BeforeEach
    void needsTurbo() {
        turbo = PosterDecoder.turbo();
        assumeTrue(turbo != null, "libjpeg-turbo not installed (" + PosterDecoder.jpegDecoder()
                + "): skipping; .ci/run installs libturbojpeg0");
    }

    private static int[] pixels(BufferedImage image) {
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private void assertSameAsImageIO(Path file) throws Exception {
        BufferedImage fast = FastJpeg.read(turbo, file, 0, PosterDecoder.DEFAULT_MAX_PIXELS);
        assertNotNull(fast, file + " should take the libjpeg-turbo route");
        BufferedImage slow = decoder.readWithImageIO(file, 0);
        assertEquals(slow.getWidth(), fast.getWidth());
        assertEquals(slow.getHeight(), fast.getHeight());
        assertArrayEquals(pixels(slow), pixels(fast), file + ": pixels differ between the two routes");
    }

    private static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = Fixtures.bands(w, h, new int[]{0xC02020, 0x20A040, 0x2040C0}, new double[]{1, 2, 1});
        Random r = new Random(seed);
        for (int i = 0; i < w * h / 4; i++) img.setRGB(r.nextInt(w), r.nextInt(h), r.nextInt(1 << 24));
        return img;
    }

    @Test
    void generatedJpegsDecodeToTheSamePixelsAsImageIO() throws Exception {
        assertSameAsImageIO(Files.write(dir.resolve("baseline.jpg"), Fixtures.jpegBytes(noise(171, 256, 1), 0.9f, false)));
        assertSameAsImageIO(Files.write(dir.resolve("progressive.jpg"), Fixtures.jpegBytes(noise(203, 300, 2), 0.75f, true)));
        assertSameAsImageIO(Files.write(dir.resolve("odd-size.jpg"), Fixtures.jpegBytes(noise(37, 61, 3), 0.95f, false)));
        BufferedImage grey = new BufferedImage(90, 120, BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(noise(90, 120, 4), 0, 0, null);
        assertSameAsImageIO(Fixtures.write(grey, "jpeg", dir.resolve("grey.jpg")));
    }

    @Test
    void exifOrientationIsAppliedOnThisRouteToo() throws Exception {
        byte[] jpeg = Fixtures.jpegBytes(Fixtures.halves(80, 40, 0xE01010, 0x1010E0), 0.95f, false);
        Path file = Files.write(dir.resolve("o6.jpg"), Fixtures.withExifOrientation(jpeg, 6));
        BufferedImage fast = FastJpeg.read(turbo, file, 0, PosterDecoder.DEFAULT_MAX_PIXELS);
        assertNotNull(fast);
        assertEquals(40, fast.getWidth(), "turned upright: stored 80 x 40 becomes 40 x 80");
        assertSameAsImageIO(file);
    }

    @Test
    void embeddedIccProfilesCmykAndSubsampledReadsAreLeftToImageIO() throws Exception {
        byte[] jpeg = Fixtures.jpegBytes(noise(60, 90, 5), 0.9f, false);
        Path icc = Files.write(dir.resolve("icc.jpg"), withIccProfile(jpeg));
        assertNull(FastJpeg.read(turbo, icc, 0, PosterDecoder.DEFAULT_MAX_PIXELS), "ICC profile: ImageIO converts it");
        assertEquals(60, decoder.read(icc).getWidth(), "and ImageIO still decodes it");
        Path plain = Files.write(dir.resolve("plain.jpg"), jpeg);
        assertNull(FastJpeg.read(turbo, plain, 0, 60L * 90 - 1), "over the pixel limit: ImageIO refuses it by name");
        try (Stream<Path> odd = Files.list(SharedData.oddJpegs())) {
            for (Path cmyk : odd.filter(p -> p.toString().endsWith(".jpg")).limit(3).toList()) {
                assertNull(FastJpeg.read(turbo, cmyk, 0, PosterDecoder.DEFAULT_MAX_PIXELS), cmyk + " is CMYK");
            }
        }
    }

    @Test
    void bigScansAreReducedInTheDctDomainKeepingTheLongSideAtLeastTheAskedSize() throws Exception {
        BufferedImage big = Fixtures.bands(2400, 3600, new int[]{0xB03030, 0x30A050, 0x3050B0}, new double[]{1, 1, 1});
        Path file = Files.write(dir.resolve("scan.jpg"), Fixtures.jpegBytes(big, 0.9f, false));
        BufferedImage fast = FastJpeg.read(turbo, file, 224, PosterDecoder.DEFAULT_MAX_PIXELS);
        assertNotNull(fast);
        // 1/8 in the DCT domain: 300 x 450; still over twice 224, so every 2nd pixel: 150 x 225
        assertEquals(150, fast.getWidth());
        assertEquals(225, fast.getHeight());
        BufferedImage slow = decoder.readWithImageIO(file, 224);
        double[] a = Fixtures.meanRgb(fast), b = Fixtures.meanRgb(slow);
        for (int c = 0; c < 3; c++) assertEquals(b[c], a[c], 3.0, "channel " + c + " mean");
        assertEquals(1, FastJpeg.dctScale(3600, 0));
        assertEquals(8, FastJpeg.dctScale(3600, 224));
        assertEquals(4, FastJpeg.dctScale(1000, 224));
        assertEquals(1, FastJpeg.dctScale(256, 224));
    }

    @Test
    void damagedJpegsFallBackToImageIOWhichNamesTheDamage() throws Exception {
        byte[] jpeg = Fixtures.jpegBytes(noise(171, 256, 6), 0.9f, false);
        Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        assertNull(FastJpeg.read(turbo, cut, 0, PosterDecoder.DEFAULT_MAX_PIXELS), "a warning stops the turbo route");
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.read(cut));
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("corrupt"), e.getMessage());
        assertNull(FastJpeg.Segments.scan(new byte[]{(byte) 0xFF, (byte) 0xD8, 0x12, 0x34, 0x56}), "not a marker");
        assertNull(FastJpeg.Segments.scan("GIF89a.....".getBytes()), "not a JPEG");
    }

    @Test
    void sharedPostersDecodeToTheSamePixelsAsImageIO() throws Exception {
        Path images = SharedData.posters().resolve("images");
        List<Path> sample;
        try (Stream<Path> s = Files.list(images)) {
            sample = s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(150).toList();
        }
        assertFalse(sample.isEmpty());
        for (Path p : sample) assertSameAsImageIO(p);
    }

    /** Inserts an APP2 ICC_PROFILE segment holding the sRGB profile right after SOI. */
    private static byte[] withIccProfile(byte[] jpeg) {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] head = "ICC_PROFILE\0".getBytes();
        int length = 2 + head.length + 2 + profile.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE2);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(head);
        out.write(1); // chunk 1 of 1
        out.write(1);
        out.writeBytes(profile);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
