package app.affiche.imaging;

import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The TurboJPEG route for plain JPEGs (YCbCr or grey, 8-bit, no embedded ICC profile). At full size it gives
 * the same pixels as the ImageIO route, about three times sooner. A big scan read for a smaller size is
 * decoded at 1/2, 1/4 or 1/8 scale in the DCT domain (block averages: an order of magnitude sooner than a
 * full decode, and less aliased than skipping pixels), then subsampled like ImageIO's route if still over
 * twice the size asked. Anything else, and any error or warning, returns null so the file goes through
 * ImageIO, which handles CMYK and ICC profiles and names the damage. EXIF orientation is applied here too.
 */
final class FastJpeg {
    /** Bigger files are scans read subsampled: ImageIO's route, which never holds them at full size. */
    private static final long MAX_FILE_BYTES = 32L << 20;

    private FastJpeg() {
    }

    static BufferedImage read(TurboJpeg turbo, Path file, int minLongSide, long maxPixels) {
        Plain plain = Plain.of(file);
        return plain == null ? null : plain.read(turbo, minLongSide, maxPixels);
    }

    /**
     * Both sizes when the file takes this route: from one DCT decode when both sizes ask for the same DCT scale
     * (a big scan: 1/8 for both), so each is exactly what {@link #read} gives for its size; else two decodes.
     * Null when the file goes through ImageIO.
     */
    static TwoSizes readTwo(TurboJpeg turbo, Path file, int largeSide, int smallSide, long maxPixels) {
        Plain plain = Plain.of(file);
        if (plain == null) return null;
        int[] scales = new int[2];
        TurboJpeg.Decoded d = plain.decode(turbo, maxPixels, h -> {
            int longSide = Math.max(h.width(), h.height());
            scales[0] = dctScale(longSide, largeSide);
            scales[1] = dctScale(longSide, smallSide);
            return scales[0];
        });
        if (d == null) return null;
        BufferedImage large = plain.shrink(d, largeSide);
        if (scales[0] == scales[1]) return new TwoSizes(large, plain.shrink(d, smallSide), true);
        BufferedImage small = plain.read(turbo, smallSide, maxPixels);
        return small == null ? null : new TwoSizes(large, small, false);
    }

    /** A plain JPEG's bytes and marker segments, read once. */
    private record Plain(byte[] bytes, Segments segments) {
        static Plain of(Path file) {
            byte[] bytes;
            try {
                if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) return null;
                bytes = Files.readAllBytes(file);
            } catch (IOException | RuntimeException e) {
                return null;
            }
            Segments segments = Segments.scan(bytes);
            return segments == null || segments.iccProfile() ? null : new Plain(bytes, segments);
        }

        BufferedImage read(TurboJpeg turbo, int minLongSide, long maxPixels) {
            TurboJpeg.Decoded d = decode(turbo, maxPixels, h -> dctScale(Math.max(h.width(), h.height()), minLongSide));
            return d == null ? null : shrink(d, minLongSide);
        }

        /** The DCT-scaled decode; {@code scale} picks 1/n from the header (YCbCr or grey within the pixel limit). */
        TurboJpeg.Decoded decode(TurboJpeg turbo, long maxPixels, java.util.function.ToIntFunction<TurboJpeg.Header> scale) {
            return turbo.decode(bytes, h -> (h.colourspace() == TurboJpeg.COLOURSPACE_YCBCR
                    || h.colourspace() == TurboJpeg.COLOURSPACE_GREY)
                    && (long) h.width() * h.height() <= maxPixels ? scale.applyAsInt(h) : 0);
        }

        /** Every f-th pixel of the decode (as ImageIO's route subsamples), then EXIF orientation. */
        BufferedImage shrink(TurboJpeg.Decoded d, int minLongSide) {
            int f = PosterDecoder.subsampling(Math.max(d.width(), d.height()), minLongSide);
            int w = (d.width() + f - 1) / f, h = (d.height() + f - 1) / f;
            int[] data = d.pixels();
            if (f > 1) {
                data = new int[w * h];
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) data[y * w + x] = d.pixels()[y * f * d.width() + x * f];
                }
            }
            BufferedImage image = intRgb(data, w, h);
            return Orientation.apply(image, segments.exif() ? orientation(bytes) : Orientation.NORMAL);
        }
    }

    /** A TYPE_INT_RGB image around the pixels, without copying them (a full-size scan is big enough as it is). */
    private static BufferedImage intRgb(int[] pixels, int w, int h) {
        int[] masks = {0xFF0000, 0xFF00, 0xFF};
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, pixels.length), w, h, w, masks, null);
        return new BufferedImage(new DirectColorModel(24, masks[0], masks[1], masks[2]), raster, false, null);
    }

    /** The largest DCT reduction (8, 4, 2, else 1) that keeps the longer side at least {@code minLongSide}. */
    static int dctScale(int longSide, int minLongSide) {
        if (minLongSide <= 0) return 1;
        for (int n = 8; n > 1; n /= 2) {
            if ((longSide + n - 1) / n >= minLongSide) return n;
        }
        return 1;
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
