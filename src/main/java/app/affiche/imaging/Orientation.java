package app.affiche.imaging;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * EXIF / TIFF orientation (tag 0x0112, values 1–8). Read as a number with TwelveMonkeys' TIFF metadata reader
 * (from the JPEG APP1 "Exif" segment, a PNG's or WebP's EXIF chunk, or the TIFF's first IFD) rather than from
 * the standard-metadata "ImageOrientation" name, whose meaning for values 5 and 7 differs between readers.
 */
final class Orientation {
    static final int NORMAL = 1;

    private Orientation() {
    }

    /** The orientation in the file, 1 when absent or unreadable (bad metadata never spoils the pixels). */
    static int read(ImageInputStream in, String format) {
        try {
            in.seek(0);
            Directory directory = switch (format) {
                case "JPEG" -> tiffDirectory(exifOfJpeg(in));
                case "TIFF" -> new TIFFReader().read(in);
                case "PNG" -> tiffDirectory(ContainerExif.png(in));
                case "WEBP" -> tiffDirectory(ContainerExif.webp(in));
                default -> null;
            };
            if (directory instanceof CompoundDirectory compound && compound.directoryCount() > 0) {
                directory = compound.getDirectory(0);
            }
            Entry entry = directory == null ? null : directory.getEntryById(TIFF.TAG_ORIENTATION);
            int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : NORMAL;
            return value >= 1 && value <= 8 ? value : NORMAL;
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        } finally {
            try {
                in.seek(0);
            } catch (IOException ignored) {
                // the reader's own seek will fail and report it
            }
        }
    }

    private static byte[] exifOfJpeg(ImageInputStream in) throws IOException {
        List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
        if (segments.isEmpty()) return null;
        try (InputStream data = segments.getFirst().data()) {
            return data.readAllBytes();
        }
    }

    /** The first directory of an EXIF block, null when there is none. */
    private static Directory tiffDirectory(byte[] tiff) throws IOException {
        if (tiff == null) return null;
        int start = tiffHeaderStart(tiff);
        if (start < 0) return null;
        try (ImageInputStream exif = new MemoryCacheImageInputStream(
                new ByteArrayInputStream(tiff, start, tiff.length - start))) {
            return new TIFFReader().read(exif);
        }
    }

    /** Where "MM" / "II" starts: the data may still hold "Exif" and its pad bytes (JPEG; some WebP writers). */
    private static int tiffHeaderStart(byte[] data) {
        for (int i = 0; i + 1 < Math.min(data.length, 8); i++) {
            if ((data[i] == 'M' && data[i + 1] == 'M') || (data[i] == 'I' && data[i + 1] == 'I')) return i;
        }
        return -1;
    }

    static boolean swapsAxes(int orientation) {
        return orientation >= 5;
    }

    /**
     * Applies the orientation to a TYPE_INT_RGB/ARGB image. EXIF says where the stored 0th row and 0th column
     * go when displayed: 6 = row 0 on the right (rotate 90° clockwise), 8 = row 0 on the left (90° counter-
     * clockwise), 3 = 180°, 2/4 = mirrored, 5/7 = transposed / transversed.
     */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (orientation == NORMAL) return src;
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = swapsAxes(orientation);
        int dw = swap ? h : w;
        int dh = swap ? w : h;
        BufferedImage dst = new BufferedImage(dw, dh, src.getType());
        int[] s = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
        int[] d = ((DataBufferInt) dst.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                int sx, sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                d[y * dw + x] = s[sy * w + sx];
            }
        }
        return dst;
    }
}
