package app.affiche.imaging;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Decodes poster files (format recognised by content) into 8-bit sRGB images, EXIF orientation applied.
 * Damaged files (truncated, corrupt, decompression bombs over the pixel limit) throw {@link DecodeException}.
 */
public final class PosterDecoder {
    public static final long DEFAULT_MAX_PIXELS = 150_000_000L;

    public PosterDecoder() {
        this(DEFAULT_MAX_PIXELS);
    }

    public PosterDecoder(long maxPixels) {
        throw new UnsupportedOperationException("TODO imaging");
    }

    /** Format and dimensions from the header only. */
    public ImageInfo probe(Path file) throws DecodeException {
        throw new UnsupportedOperationException("TODO imaging");
    }

    /**
     * Decodes the file, subsampling while reading so the longer side is at least {@code minLongSide} but
     * not much more (0 = full resolution). Returns TYPE_INT_RGB (or TYPE_INT_ARGB if the file has alpha).
     */
    public BufferedImage read(Path file, int minLongSide) throws DecodeException {
        throw new UnsupportedOperationException("TODO imaging");
    }
}
