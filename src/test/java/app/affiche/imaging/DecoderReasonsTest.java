package app.affiche.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Readers throw ClassCastException, ArithmeticException, Raster errors or an empty message on malformed files:
 * the reason shown is plain words, and what the reader threw stays on the exception as its cause.
 */
class DecoderReasonsTest {
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "Exception|[a-z]Error\\b|java\\.|sun\\.|@[0-9a-f]|cannot be cast|\\(class |:\\s*$");
    private static final String UNDECODABLE = "its data cannot be decoded (damaged, or a variant the reader cannot read)";

    @TempDir
    Path dir;

    /** A low pixel limit: a mutated width or height is refused at once instead of decoding megapixels of nothing. */
    private final PosterDecoder decoder = new PosterDecoder(100_000);

    private DecodeException refusal(byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("hostile"), bytes);
        try {
            decoder.read(file, 0);
            return null;
        } catch (DecodeException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("a decoder failure escaped as " + t, t);
        }
    }

    private static void assertPlain(String reason) {
        assertFalse(JAVA_TEXT.matcher(reason).find(), "Java text in the reason: " + reason);
    }

    /** Every byte of the TIFF directory (at the end of the file) set to a few values: what is refused says why plainly. */
    @Test
    void damagedTiffDirectoriesAreRefusedInPlainWords() throws Exception {
        BufferedImage rgb = Fixtures.bands(64, 48, new int[]{0xC03020, 0x2060A0}, new double[]{1, 1});
        BufferedImage grey16 = new BufferedImage(40, 30, BufferedImage.TYPE_USHORT_GRAY);
        grey16.createGraphics().drawImage(rgb, 0, 0, null);
        Set<String> reasons = new TreeSet<>();
        int undecodable = 0;
        for (BufferedImage image : List.of(rgb, grey16)) {
            byte[] tiff = Files.readAllBytes(Fixtures.tiff(List.of(image), "LZW", dir.resolve("base.tif")));
            for (int at = tiff.length - 150; at < tiff.length; at++) {
                for (int value : new int[]{0x01, 0x10, 0xFF}) {
                    byte[] hostile = tiff.clone();
                    hostile[at] = (byte) value;
                    DecodeException e = refusal(hostile);
                    if (e == null) continue;
                    reasons.add(e.getMessage());
                    if (e.getMessage().endsWith(UNDECODABLE)) {
                        undecodable++;
                        assertNotNull(e.getCause(), "the reader's own exception is kept for the log");
                    }
                }
            }
        }
        reasons.forEach(DecoderReasonsTest::assertPlain);
        assertTrue(undecodable > 0, "the sweep reaches the readers' runtime errors: " + reasons);
    }

    /** A BMP whose pixel-data offset is negative: NegativeArraySizeException inside the reader. */
    @Test
    void bmpWithANegativePixelOffset() throws Exception {
        Path bmp = Fixtures.write(Fixtures.halves(32, 16, 0xC03020, 0x2060A0), "bmp", dir.resolve("base.bmp"));
        byte[] hostile = Files.readAllBytes(bmp);
        hostile[13] = (byte) 0xFF; // high byte of bfOffBits
        DecodeException e = refusal(hostile);
        assertNotNull(e);
        assertEquals("truncated or corrupt BMP: " + UNDECODABLE, e.getMessage());
    }

    /** A PNG chunk whose type is four zero bytes (its CRC correct): the reader's message was "Caught exception during read: ". */
    @Test
    void pngWithAChunkOfNoType() throws Exception {
        Path png = Fixtures.write(Fixtures.halves(32, 16, 0xC03020, 0x2060A0), "png", dir.resolve("base.png"));
        byte[] hostile = Files.readAllBytes(png);
        int chunk = 8 + 25; // after the signature and IHDR
        int length = ByteBuffer.wrap(hostile, chunk, 4).getInt();
        for (int i = 0; i < 4; i++) hostile[chunk + 4 + i] = 0;
        CRC32 crc = new CRC32();
        crc.update(hostile, chunk + 4, 4 + length);
        ByteBuffer.wrap(hostile, chunk + 8 + length, 4).putInt((int) crc.getValue());
        DecodeException e = refusal(hostile);
        assertNotNull(e);
        assertPlain(e.getMessage());
        assertTrue(e.getMessage().startsWith("truncated or corrupt PNG: "), e.getMessage());
        if (!e.getMessage().endsWith(UNDECODABLE)) fail("expected the plain reason, got: " + e.getMessage());
    }
}
