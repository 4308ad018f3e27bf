package app.affiche.imaging;

import app.affiche.poster.FileNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * One file opened for decoding: its stream, the reader chosen by content, its warnings. Closing disposes the
 * reader and closes the stream. Not shared between threads.
 */
final class ReaderSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PosterDecoder.class);
    /** Formats we promise; other ImageIO readers (WBMP accepts almost any bytes starting with 0 0) are refused. */
    private static final Set<String> SUPPORTED = Set.of("JPEG", "PNG", "TIFF", "WEBP", "BMP", "GIF");

    private final Path file;
    private final ImageInputStream in;
    private final ImageReader reader;
    private final String format;
    private final DamageListener damage;
    private PosterDecoder.Header header;

    private ReaderSession(Path file, ImageInputStream in, ImageReader reader, String format) {
        this.file = file;
        this.in = in;
        this.reader = reader;
        this.format = format;
        this.damage = new DamageListener(format);
    }

    static ReaderSession open(Path file) throws DecodeException {
        checkFile(file);
        ImageInputStream in = null;
        try {
            in = stream(file);
            if (in == null) throw new DecodeException("cannot read: no image input stream for this file");
            ImageReader reader = chooseReader(in);
            String format = formatName(reader);
            if (!SUPPORTED.contains(format)) {
                reader.dispose();
                throw new DecodeException("unsupported image format: " + format);
            }
            return new ReaderSession(file, in, reader, format);
        } catch (DecodeException e) {
            closeQuietly(in);
            throw e;
        } catch (IOException | RuntimeException e) { // a reader choking on the content while recognising it
            closeQuietly(in);
            String words = PosterDecoder.readerWords(e);
            throw logged(file, new DecodeException("cannot read: "
                    + (words != null ? words : "unrecognised or damaged content"), e));
        }
    }

    private static void checkFile(Path file) throws DecodeException {
        if (Files.isDirectory(file)) throw new DecodeException("is a directory");
        if (!Files.exists(file)) throw new DecodeException("no such file");
        if (!Files.isRegularFile(file)) throw new DecodeException("not a regular file");
        try {
            if (Files.size(file) == 0) throw new DecodeException("empty file");
            try (var probe = Files.newInputStream(file)) {
                probe.read();
            }
        } catch (DecodeException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new DecodeException("cannot read: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new DecodeException("no such file", e);
        } catch (IOException e) {
            throw new DecodeException("cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The file as an image stream. {@code toFile()} loses a name the file-name encoding cannot represent
     * ({@link FileNames}), so such a file is read through its Path, cached in memory.
     */
    private static ImageInputStream stream(Path file) throws IOException {
        if (FileNames.roundTrips(file)) return ImageIO.createImageInputStream(file.toFile());
        InputStream bytes = Files.newInputStream(file);
        return new MemoryCacheImageInputStream(bytes) {
            @Override
            public void close() throws IOException {
                try (bytes) {
                    super.close();
                }
            }
        };
    }

    /** The first reader that recognises the content, preferring TwelveMonkeys' (CMYK JPEG, TIFF) over the JDK's. */
    private static ImageReader chooseReader(ImageInputStream in) throws DecodeException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) throw new DecodeException("not an image file (unrecognised content)");
        ImageReader chosen = readers.next();
        while (!chosen.getClass().getName().startsWith("com.twelvemonkeys.") && readers.hasNext()) {
            ImageReader next = readers.next();
            if (next.getClass().getName().startsWith("com.twelvemonkeys.")) {
                chosen.dispose();
                chosen = next;
            }
        }
        return chosen;
    }

    private static String formatName(ImageReader reader) throws IOException {
        String name = reader.getOriginatingProvider() != null
                ? reader.getOriginatingProvider().getFormatNames()[0] : reader.getFormatName();
        name = name.toUpperCase(Locale.ROOT);
        return switch (name) {
            case "JPG", "JPEG-LOSSLESS" -> "JPEG";
            case "TIF", "BIGTIFF" -> "TIFF";
            default -> name;
        };
    }

    /** Reads the header once: stored size and orientation, before any pixel is decoded. */
    PosterDecoder.Header header() throws DecodeException {
        if (header != null) return header;
        try {
            int orientation = Orientation.read(in, format);
            reader.setInput(in, false, false);
            reader.addIIOReadWarningListener(damage);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new DecodeException("corrupt " + format + " header: " + width + "×" + height + " image");
            }
            header = new PosterDecoder.Header(format, width, height, orientation);
            return header;
        } catch (DecodeException e) {
            throw e;
        } catch (IndexOutOfBoundsException e) { // e.g. a TIFF cut before its directory: no image 0 at all
            throw logged(file, new DecodeException("truncated or corrupt " + format + ": the file holds no readable image", e));
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    ImageReader reader() {
        return reader;
    }

    /** Decodes image 0 (first page / frame); warnings about the data make it a {@link DecodeException}. */
    BufferedImage decode(ImageReadParam param) throws DecodeException {
        header();
        BufferedImage image;
        try {
            image = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        } catch (OutOfMemoryError e) {
            throw new DecodeException("not enough memory to decode this " + header.width() + "×" + header.height()
                    + " " + format + " (raise -Xmx or read it subsampled)", e);
        }
        damage.throwIfDamaged();
        return image;
    }

    /** The reader's failure as a plain reason; what the reader itself threw goes to the debug log. */
    DecodeException failure(Throwable e) {
        return logged(file, new DecodeException(PosterDecoder.describe(format, e), e));
    }

    private static DecodeException logged(Path file, DecodeException e) {
        LOG.debug("{}: {}", file, e.getMessage(), e.getCause());
        return e;
    }

    @Override
    public void close() {
        reader.dispose();
        closeQuietly(in);
    }

    private static void closeQuietly(ImageInputStream in) {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of a read-only stream loses nothing
        }
    }
}
