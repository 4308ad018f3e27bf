package app.affiche.imaging;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test images written with ImageIO / TwelveMonkeys writers, or by bytes, into a temporary folder. */
public final class Fixtures {
    private Fixtures() {
    }

    /** w x h image: left half {@code left}, right half {@code right} (0xRRGGBB). */
    public static BufferedImage halves(int w, int h, int left, int right) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) img.setRGB(x, y, x < w / 2 ? left : right);
        }
        return img;
    }

    /** Horizontal bands of colours, heights proportional to {@code weights}. */
    public static BufferedImage bands(int w, int h, int[] colours, double[] weights) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        double total = 0;
        for (double wt : weights) total += wt;
        int y = 0;
        for (int i = 0; i < colours.length; i++) {
            int end = i == colours.length - 1 ? h : y + (int) Math.round(h * weights[i] / total);
            g.setColor(new Color(colours[i]));
            g.fillRect(0, y, w, end - y);
            y = end;
        }
        g.dispose();
        return img;
    }

    public static Path write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) throw new IOException("no writer for " + format);
        return file;
    }

    public static byte[] jpegBytes(BufferedImage image, float quality, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static Path jpeg(BufferedImage image, Path file) throws IOException {
        return Files.write(file, jpegBytes(image, 0.95f, false));
    }

    /** TIFF pages written with the TwelveMonkeys TIFF writer and the given compression ("LZW", "Deflate", ...). */
    public static Path tiff(List<BufferedImage> pages, String compression, Path file) throws IOException {
        ImageWriter writer = null;
        for (var it = ImageIO.getImageWritersByFormatName("tiff"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.twelvemonkeys.")) writer = w;
        }
        if (writer == null) throw new IOException("TwelveMonkeys TIFF writer not on the class path");
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (compression != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
            }
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) writer.writeToSequence(new IIOImage(page, null, null), param);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** Inserts an APP1 "Exif" segment with IFD0 Orientation = {@code orientation} right after the JPEG's SOI. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = exifOrientation(orientation);
        byte[] exifHeader = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exifHeader.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exifHeader);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An EXIF block (a TIFF structure) holding only IFD0 Orientation = {@code orientation}. */
    public static byte[] exifOrientation(int orientation) {
        return new byte[]{
                'M', 'M', 0, 42, 0, 0, 0, 8,           // big-endian TIFF header, IFD0 at offset 8
                0, 1,                                   // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1,           // tag 0x0112 Orientation, type SHORT, count 1
                0, (byte) orientation, 0, 0,            // value (left-justified SHORT)
                0, 0, 0, 0};                            // no next IFD
    }

    /** Mean of each channel over the image. */
    public static double[] meanRgb(BufferedImage img) {
        double[] sum = new double[3];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                sum[0] += (p >> 16) & 0xFF;
                sum[1] += (p >> 8) & 0xFF;
                sum[2] += p & 0xFF;
            }
        }
        double n = (double) img.getWidth() * img.getHeight();
        return new double[]{sum[0] / n, sum[1] / n, sum[2] / n};
    }

    /** Largest per-channel difference between two colours. */
    public static int distance(int rgbA, int rgbB) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((rgbA >> shift) & 0xFF) - ((rgbB >> shift) & 0xFF)));
        }
        return d;
    }
}
