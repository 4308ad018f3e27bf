package app.affiche.imaging;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and damaged files fail alone with a DecodeException whose message is the reason. */
class DamagedFilesTest {
    @TempDir
    Path dir;

    private final PosterDecoder decoder = new PosterDecoder();

    private String reasonFor(Path file) {
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.read(file, 0));
        return e.getMessage();
    }

    @Test
    void zeroByteFile() throws Exception {
        assertEquals("empty file", reasonFor(Files.createFile(dir.resolve("empty.jpg"))));
    }

    @Test
    void directoryNamedLikeAnImage() throws Exception {
        assertEquals("is a directory", reasonFor(Files.createDirectory(dir.resolve("x.jpg"))));
    }

    @Test
    void missingFile() {
        assertEquals("no such file", reasonFor(dir.resolve("absent.jpg")));
    }

    @Test
    void randomBytesNamedJpg() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 'X'; // not by chance a magic number
        assertEquals("not an image file (unrecognised content)",
                reasonFor(Files.write(dir.resolve("noise.jpg"), noise)));
    }

    @Test
    void zeroFilledFileIsNotTakenForWbmp() throws Exception {
        String reason = reasonFor(Files.write(dir.resolve("zeros.jpg"), new byte[2048]));
        assertTrue(reason.startsWith("unsupported image format") || reason.startsWith("not an image file"), reason);
    }

    @Test
    void truncatedJpegIsDamageNotGreyPixels() throws Exception {
        byte[] jpeg = Fixtures.jpegBytes(Fixtures.bands(200, 300, new int[]{0xC03020, 0x2060A0}, new double[]{1, 1}),
                0.9f, false);
        Path half = Files.write(dir.resolve("half.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        String reason = reasonFor(half);
        assertTrue(reason.startsWith("truncated or corrupt JPEG: "), reason);
        // the header is intact, so a probe still works
        assertEquals(new ImageInfo("JPEG", 200, 300), decoder.probe(half));
    }

    @Test
    void truncatedProgressiveJpeg() throws Exception {
        byte[] jpeg = Fixtures.jpegBytes(Fixtures.bands(120, 90, new int[]{0x40A040, 0x202080}, new double[]{1, 1}),
                0.9f, true);
        String reason = reasonFor(Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length * 2 / 3)));
        assertTrue(reason.startsWith("truncated or corrupt JPEG"), reason);
    }

    @Test
    void truncatedPng() throws Exception {
        Path png = Fixtures.write(Fixtures.bands(300, 200, new int[]{0x123456, 0x654321, 0xABCDEF},
                new double[]{1, 1, 1}), "png", dir.resolve("full.png"));
        byte[] bytes = Files.readAllBytes(png);
        String reason = reasonFor(Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2)));
        assertTrue(reason.startsWith("truncated or corrupt PNG"), reason);
    }

    @Test
    void truncatedGifBmpAndTiff() throws Exception {
        BufferedImage img = Fixtures.bands(300, 400, new int[]{0xC03020, 0x2060A0, 0x30A040}, new double[]{1, 1, 1});
        List<Path> files = List.of(Fixtures.write(img, "gif", dir.resolve("a.gif")),
                Fixtures.write(img, "bmp", dir.resolve("a.bmp")),
                Fixtures.tiff(List.of(img), "LZW", dir.resolve("lzw.tif")),
                Fixtures.tiff(List.of(img), null, dir.resolve("plain.tif")));
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            Path cut = Files.write(dir.resolve("cut-" + f.getFileName()), Arrays.copyOf(bytes, bytes.length / 2));
            String reason = reasonFor(cut);
            assertTrue(reason.startsWith("truncated or corrupt "), f.getFileName() + ": " + reason);
        }
    }

    @Test
    void pngClaiming50000SquaredIsRefusedBeforeDecoding() throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.png"), pngHeaderOnly(50_000, 50_000));
        // 2.5 G pixels would need ~10 GB: an attempt to allocate would end in OutOfMemoryError, not this.
        assertEquals("image too large: 50000×50000 = 2500 MP exceeds the 150 MP limit", reasonFor(bomb));
        assertEquals(new ImageInfo("PNG", 50_000, 50_000), decoder.probe(bomb), "probe reads the header only");
    }

    @Test
    void jpegSofClaiming50000SquaredIsRefused() throws Exception {
        byte[] jpeg = Fixtures.jpegBytes(Fixtures.halves(16, 16, 0xFF0000, 0x00FF00), 0.9f, false);
        int sof = indexOfMarker(jpeg, 0xC0);
        ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 50_000).putShort((short) 50_000);
        String reason = reasonFor(Files.write(dir.resolve("bomb.jpg"), jpeg));
        assertEquals("image too large: 50000×50000 = 2500 MP exceeds the 150 MP limit", reason);
    }

    @Test
    void pixelLimitIsConfigurable() throws Exception {
        Path png = Fixtures.write(Fixtures.halves(100, 100, 0, 0xFFFFFF), "png", dir.resolve("small.png"));
        DecodeException e = assertThrows(DecodeException.class, () -> new PosterDecoder(5_000).read(png, 0));
        assertEquals("image too large: 100×100 = 0.01 MP exceeds the 0.005 MP limit", e.getMessage());
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = Fixtures.jpeg(Fixtures.halves(8, 8, 0, 0xFFFFFF), dir.resolve("locked.jpg"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as root: permissions do not bite, skipping");
        assertEquals("cannot read: permission denied", reasonFor(file));
    }

    private static int indexOfMarker(byte[] jpeg, int marker) {
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) return i;
        }
        throw new IllegalStateException("marker not found");
    }

    /** PNG signature + IHDR (8-bit RGB, with a correct CRC) + an empty IDAT + IEND: a header with no pixels. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[0]);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes();
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
