package app.affiche.imaging;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Decode timings for big scans at the size the import reads them ({@code read(file, 512)}), for
 * {@code affiche bench import}. Writes synthetic scans (a 6000 × 4000 JPEG, a 6000 × 9000 TIFF uncompressed and
 * LZW) into a work folder, then times the decode and an optional step after it (e.g. the palette). Also times
 * one full-resolution JPEG decode, to show what subsampling saves. JPEG is entropy-decoded whole even when
 * subsampled (the saving is memory and colour conversion); an uncompressed TIFF reads only the rows it keeps;
 * an LZW / Deflate strip must be decompressed whole, so a single-strip LZW scan costs seconds.
 */
public final class DecodeBenchmark {
    /** One measured file: median milliseconds of the decode and of the step after it. */
    public record Figure(String label, int width, int height, long fileBytes, int decodedWidth, int decodedHeight,
                         double decodeMs, double afterMs) {
        @Override
        public String toString() {
            return "%-42s %5d×%-5d %7.1f MB → %4d×%-4d decode %8.1f ms  after %6.1f ms".formatted(label, width, height,
                    fileBytes / 1e6, decodedWidth, decodedHeight, decodeMs, afterMs);
        }
    }

    private DecodeBenchmark() {
    }

    /** Full-size figures (scale 1). {@code afterDecode} may be null. */
    public static List<Figure> run(Path workDir, Consumer<BufferedImage> afterDecode) throws IOException {
        return run(workDir, 1.0, 5, afterDecode);
    }

    /** {@code scale} shrinks the synthetic scans (tests use a small one); {@code repeats} runs per file, median. */
    public static List<Figure> run(Path workDir, double scale, int repeats, Consumer<BufferedImage> afterDecode)
            throws IOException {
        Files.createDirectories(workDir);
        PosterDecoder decoder = new PosterDecoder();
        List<Figure> figures = new ArrayList<>();
        BufferedImage landscape = scan((int) (6000 * scale), (int) (4000 * scale));
        Path jpeg = writeJpeg(landscape, workDir.resolve("bench-24mp.jpg"));
        figures.add(time("JPEG 24 MP, read(file, 512)", jpeg, decoder, 512, repeats, afterDecode));
        figures.add(time("JPEG 24 MP, full decode", jpeg, decoder, 0, 1, null));
        landscape = null;
        BufferedImage tall = scan((int) (6000 * scale), (int) (9000 * scale));
        for (String compression : new String[]{null, "LZW"}) {
            Path tiff = writeTiff(tall, compression, workDir.resolve("bench-54mp-" + compression + ".tif"));
            figures.add(time("TIFF 54 MP " + (compression == null ? "uncompressed" : compression) + ", read(file, 512)",
                    tiff, decoder, 512, repeats, afterDecode));
            Files.delete(tiff);
        }
        Files.delete(jpeg);
        return figures;
    }

    private static Figure time(String label, Path file, PosterDecoder decoder, int minLongSide, int repeats,
                               Consumer<BufferedImage> after) throws IOException {
        ImageInfo info = decoder.probe(file);
        double[] decode = new double[repeats];
        double[] afterMs = new double[repeats];
        BufferedImage img = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            img = decoder.read(file, minLongSide);
            long t1 = System.nanoTime();
            if (after != null) after.accept(img);
            long t2 = System.nanoTime();
            decode[i] = (t1 - t0) / 1e6;
            afterMs[i] = (t2 - t1) / 1e6;
        }
        return new Figure(label, info.width(), info.height(), Files.size(file), img.getWidth(), img.getHeight(),
                median(decode), median(afterMs));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Smooth gradients, a few flat blocks and grain: compresses like a scanned poster, not like noise or flat. */
    private static BufferedImage scan(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(7);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int block = ((x / Math.max(1, w / 5)) + (y / Math.max(1, h / 7))) % 3;
                int g = grain.nextInt(9) - 4;
                int r = Math.clamp(x * 255L / w + g + (block == 0 ? 60 : 0), 0, 255);
                int gr = Math.clamp(y * 255L / h + g, 0, 255);
                int b = Math.clamp(((long) x + y) * 255 / ((long) w + h) + g + (block == 1 ? 80 : 0), 0, 255);
                row[x] = r << 16 | gr << 8 | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    private static Path writeJpeg(BufferedImage img, Path file) throws IOException {
        Files.write(file, ImageOps.thumbnailJpeg(img, Math.max(img.getWidth(), img.getHeight())));
        return file;
    }

    private static Path writeTiff(BufferedImage img, String compression, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (compression != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
            }
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
