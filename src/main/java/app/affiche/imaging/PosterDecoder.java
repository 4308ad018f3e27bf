package app.affiche.imaging;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Decodes poster files (format recognised by content) into 8-bit sRGB images, EXIF orientation applied.
 * Damaged files (truncated, corrupt, decompression bombs over the pixel limit) throw {@link DecodeException}.
 *
 * <p>Supported: JPEG (baseline, progressive, Adobe CMYK/YCCK through TwelveMonkeys), PNG (8/16 bit, alpha),
 * TIFF (first page; LZW, Deflate, 16 bit), WebP, BMP, GIF (first frame). Every decode goes through one
 * explicit {@link ImageReader} with a warning listener: readers report truncated or corrupt data as warnings
 * and return grey-filled pixels, so a warning about the pixel data is treated as damage. Immutable and
 * thread-safe: each call opens its own stream and reader. Plain JPEGs read at full size go through
 * libjpeg-turbo when it is installed ({@link FastJpeg}): the same pixels, sooner.
 */
public final class PosterDecoder {
    public static final long DEFAULT_MAX_PIXELS = 150_000_000L;
    private static final TurboJpeg TURBO = TurboJpeg.instance().orElse(null);
    /** Signs of a message meant for programmers: exception names, qualified class names, object identities. */
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "[A-Za-z](Exception|Error)\\b|\\b(java|javax|sun|com)\\.[a-z]|@[0-9a-f]{4,}|cannot be cast|\\(class |\\bnull\\b");

    private final long maxPixels;

    public PosterDecoder() {
        this(DEFAULT_MAX_PIXELS);
    }

    public PosterDecoder(long maxPixels) {
        if (maxPixels <= 0) throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
        this.maxPixels = maxPixels;
    }

    public long maxPixels() {
        return maxPixels;
    }

    /** Format and dimensions from the header only (as displayed, i.e. after EXIF orientation). */
    public ImageInfo probe(Path file) throws DecodeException {
        try (ReaderSession session = ReaderSession.open(file)) {
            return session.header().displayed();
        }
    }

    /** Full-resolution decode: {@code read(file, 0)}. */
    public BufferedImage read(Path file) throws DecodeException {
        return read(file, 0);
    }

    /**
     * Decodes the file, reduced while reading so the longer side is at least {@code minLongSide} and less than
     * twice that (0 = full resolution; a smaller image is never enlarged). Returns TYPE_INT_RGB (or
     * TYPE_INT_ARGB if the file has alpha). A big scan is never decoded at full size in memory: ImageIO reads
     * every f-th pixel, f = floor(longSide / minLongSide), so a 6000 px scan asked for 512 is read at 546 px;
     * libjpeg-turbo, when it takes the file, first decodes at 1/8 in the DCT domain (750 px), which is both
     * faster and less aliased.
     */
    public BufferedImage read(Path file, int minLongSide) throws DecodeException {
        if (minLongSide < 0) throw new IllegalArgumentException("minLongSide must be >= 0: " + minLongSide);
        BufferedImage fast = TURBO == null ? null : FastJpeg.read(TURBO, file, minLongSide, maxPixels);
        return fast != null ? fast : readWithImageIO(file, minLongSide);
    }

    /**
     * The file decoded once for two sizes, each exactly what {@link #read(Path, int)} gives for it: a dropped scan's
     * import copy (palette, thumbnail, hash) and its encoder input, so the encoder's embedding stays bit for bit
     * the same. One decode whenever the smaller size is a subsampling of the larger (libjpeg-turbo: the same DCT
     * scale; ImageIO: a whole multiple of its pixel step); otherwise the file is decoded twice, as before.
     */
    public TwoSizes readTwoSizes(Path file, int largeSide, int smallSide) throws DecodeException {
        if (smallSide <= 0 || largeSide < smallSide) {
            throw new IllegalArgumentException("need 0 < smallSide <= largeSide: " + smallSide + ", " + largeSide);
        }
        TwoSizes fast = TURBO == null ? null : FastJpeg.readTwo(TURBO, file, largeSide, smallSide, maxPixels);
        return fast != null ? fast : readTwoWithImageIO(file, largeSide, smallSide);
    }

    /** {@link #readTwoSizes} through ImageIO: one subsampled decode when the small step is a multiple of the large. */
    TwoSizes readTwoWithImageIO(Path file, int largeSide, int smallSide) throws DecodeException {
        try (ReaderSession session = ReaderSession.open(file)) {
            Header header = session.header();
            refuseBomb(header);
            int longSide = Math.max(header.width(), header.height());
            int large = subsampling(longSide, largeSide), small = subsampling(longSide, smallSide);
            if (small % large == 0) {
                ImageReadParam param = session.reader().getDefaultReadParam();
                if (large > 1) param.setSourceSubsampling(large, large, 0, 0);
                BufferedImage raw = session.decode(param);
                try {
                    BufferedImage srgb = SrgbConverter.toSrgb(raw); // per pixel, so picking pixels after it is the same
                    return new TwoSizes(Orientation.apply(srgb, header.orientation()),
                            Orientation.apply(ImageOps.everyNth(srgb, small / large), header.orientation()), true);
                } catch (RuntimeException e) {
                    throw session.failure(e);
                }
            }
        }
        return new TwoSizes(readWithImageIO(file, largeSide), readWithImageIO(file, smallSide), false);
    }

    /** The ImageIO route every format (and every JPEG that is not plain, or is damaged) takes. */
    BufferedImage readWithImageIO(Path file, int minLongSide) throws DecodeException {
        try (ReaderSession session = ReaderSession.open(file)) {
            Header header = session.header();
            refuseBomb(header);
            ImageReader reader = session.reader();
            ImageReadParam param = reader.getDefaultReadParam();
            int factor = subsampling(Math.max(header.width(), header.height()), minLongSide);
            if (factor > 1) param.setSourceSubsampling(factor, factor, 0, 0);
            BufferedImage raw = session.decode(param);
            try {
                return Orientation.apply(SrgbConverter.toSrgb(raw), header.orientation());
            } catch (RuntimeException e) { // e.g. a colour profile the colour engine refuses
                throw session.failure(e);
            }
        }
    }

    /** libjpeg-turbo when it loaded (package tests compare its route with ImageIO's). */
    static TurboJpeg turbo() {
        return TURBO;
    }

    /** Which library decodes plain JPEGs here, in words (libjpeg-turbo when installed, else ImageIO). */
    public static String jpegDecoder() {
        return TurboJpeg.describe();
    }

    static int subsampling(int longSide, int minLongSide) {
        return minLongSide <= 0 ? 1 : Math.max(1, longSide / minLongSide);
    }

    private void refuseBomb(Header header) throws DecodeException {
        long pixels = (long) header.width() * header.height();
        if (pixels > maxPixels) {
            throw new DecodeException("image too large: %d×%d = %s MP exceeds the %s MP limit"
                    .formatted(header.width(), header.height(), megapixels(pixels), megapixels(maxPixels)));
        }
    }

    static String megapixels(long pixels) {
        double mp = pixels / 1e6;
        if (mp >= 10) return String.valueOf(Math.round(mp));
        return new BigDecimal(mp).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /**
     * The reason for a reader failure, in words for the user: the reader's own words when it gave some (an I/O
     * failure's message, looked for down the cause chain), never Java's text. Readers throw ClassCastException,
     * ArithmeticException, Raster errors and the like on malformed files; those say nothing a dealer can use, so
     * they get one plain reason and stay on the exception (and in the debug log) for whoever investigates.
     */
    static String describe(String format, Throwable e) {
        String detail = readerWords(e);
        return "truncated or corrupt " + format + ": "
                + (detail != null ? detail : "its data cannot be decoded (damaged, or a variant the reader cannot read)");
    }

    /** The first message down the I/O cause chain that is words for people, else null. */
    static String readerWords(Throwable e) {
        for (Throwable t = e; t instanceof IOException; t = t.getCause()) {
            if (t instanceof EOFException) return "unexpected end of file";
            String message = t.getMessage() == null ? "" : t.getMessage().strip();
            boolean prefix = message.endsWith(":"); // "Caught exception during read: " + what its cause says
            if (!message.isEmpty() && !prefix && !JAVA_TEXT.matcher(message).find()) return message;
        }
        return null;
    }

    /** What the header says: format, stored size, EXIF orientation (1–8). */
    record Header(String format, int width, int height, int orientation) {
        ImageInfo displayed() {
            return Orientation.swapsAxes(orientation)
                    ? new ImageInfo(format, height, width) : new ImageInfo(format, width, height);
        }
    }
}
