package app.affiche.imaging;

import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The TurboJPEG route for plain JPEGs (YCbCr or grey, 8-bit, no embedded ICC profile, read at full size):
 * the same pixels as the ImageIO route, about three times sooner. Anything else, and any error or warning,
 * returns null so the file goes through ImageIO, which handles CMYK, ICC profiles and subsampled reads and
 * names the damage. EXIF orientation is applied here too.
 */
final class FastJpeg {
    /** Bigger files are scans read subsampled: ImageIO's route, which never holds them at full size. */
    private static final long MAX_FILE_BYTES = 32L << 20;

    private FastJpeg() {
    }

    static BufferedImage read(TurboJpeg turbo, Path file, int minLongSide, long maxPixels) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) return null;
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Segments segments = Segments.scan(bytes);
        if (segments == null || segments.iccProfile()) return null;
        TurboJpeg.Decoded d = turbo.decode(bytes, h -> (h.colourspace() == TurboJpeg.COLOURSPACE_YCBCR
                || h.colourspace() == TurboJpeg.COLOURSPACE_GREY)
                && (long) h.width() * h.height() <= maxPixels
                && PosterDecoder.subsampling(Math.max(h.width(), h.height()), minLongSide) == 1);
        if (d == null) return null;
        BufferedImage image = new BufferedImage(d.width(), d.height(), BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(d.pixels(), 0, data, 0, data.length);
        return Orientation.apply(image, segments.exif() ? orientation(bytes) : Orientation.NORMAL);
    }

    private static int orientation(byte[] jpeg) {
        try (var in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            return Orientation.read(in, "JPEG");
        } catch (IOException e) {
            return Orientation.NORMAL;
        }
    }

    /** What the marker segments before the scan say; null when they do not parse as a JPEG's. */
    record Segments(boolean exif, boolean iccProfile) {
        private static final int SOS = 0xDA;
        private static final int EOI = 0xD9;

        static Segments scan(byte[] b) {
            if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) return null;
            boolean exif = false, icc = false;
            int pos = 2;
            while (pos + 4 <= b.length) {
                if ((b[pos] & 0xFF) != 0xFF) return null;
                int marker = b[pos + 1] & 0xFF;
                if (marker == 0xFF) { // fill byte
                    pos++;
                    continue;
                }
                if (marker == SOS) return new Segments(exif, icc);
                if (marker == EOI) return null;
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
                    pos += 2;
                    continue;
                }
                int length = (b[pos + 2] & 0xFF) << 8 | (b[pos + 3] & 0xFF);
                if (length < 2 || pos + 2 + length > b.length) return null;
                exif |= marker == 0xE1 && startsWith(b, pos + 4, "Exif");
                icc |= marker == 0xE2 && startsWith(b, pos + 4, "ICC_PROFILE");
                pos += 2 + length;
            }
            return null;
        }

        private static boolean startsWith(byte[] b, int at, String ascii) {
            if (at + ascii.length() > b.length) return false;
            for (int i = 0; i < ascii.length(); i++) {
                if (b[at + i] != ascii.charAt(i)) return false;
            }
            return true;
        }
    }
}
