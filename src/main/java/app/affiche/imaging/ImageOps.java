package app.affiche.imaging;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Pixel operations shared by palette, encoder and thumbnails. Every resize is Pillow-compatible bicubic
 * ({@link Resample}: Keys a = -0.5, kernel widened when shrinking, so big downscales average instead of
 * aliasing). Results are TYPE_INT_RGB; transparent pixels are composited over black for the square crops the
 * encoder sees (the same black as the bars) and over white for {@link #fitWithin} and thumbnails (as on paper).
 */
public final class ImageOps {
    public static final int BLACK = 0x000000;
    public static final int WHITE = 0xFFFFFF;
    public static final float THUMBNAIL_QUALITY = 0.85f;

    private ImageOps() {
    }

    /**
     * Pads to a square with black bars, then scales to side x side. The image sits at
     * ((n - w) / 2, (n - h) / 2) in the n = max(w, h) square (integer division: an odd leftover pixel goes to
     * the right / bottom bar). TYPE_INT_RGB.
     */
    public static BufferedImage padToSquare(BufferedImage image, int side) {
        BufferedImage square = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        padToSquare(image, side, pixels(square));
        return square;
    }

    /**
     * {@link #padToSquare(BufferedImage, int)} into {@code out} (side x side 0xRRGGBB ints, row by row): the same
     * pixels, computed over the poster alone (the bars cost nothing) and without an intermediate image.
     */
    public static void padToSquare(BufferedImage image, int side, int[] out) {
        requirePositive(side);
        if (out.length < side * side) throw new IllegalArgumentException(out.length + " ints for " + side + " x " + side);
        BufferedImage flat = flatten(image, BLACK);
        Resample.padResize(pixels(flat), flat.getWidth(), flat.getHeight(), side, out);
    }

    /** Centre crop to a square (offset (w - n) / 2, (h - n) / 2 with n = min(w, h)), then scales to side x side. */
    public static BufferedImage centreCropSquare(BufferedImage image, int side) {
        requirePositive(side);
        BufferedImage flat = flatten(image, BLACK);
        int w = flat.getWidth();
        int h = flat.getHeight();
        int n = Math.min(w, h);
        BufferedImage square = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        int[] src = pixels(flat);
        int[] dst = pixels(square);
        int x0 = (w - n) / 2;
        int y0 = (h - n) / 2;
        for (int y = 0; y < n; y++) System.arraycopy(src, (y0 + y) * w + x0, dst, y * n, n);
        return Resample.resize(square, side, side);
    }

    /**
     * Scales so the longer side is at most maxSide (never up), keeping the aspect ratio (shorter side rounded,
     * at least 1). Transparent pixels over white. TYPE_INT_RGB; an image already small enough is only flattened.
     */
    public static BufferedImage fitWithin(BufferedImage image, int maxSide) {
        requirePositive(maxSide);
        BufferedImage flat = flatten(image, WHITE);
        int w = flat.getWidth();
        int h = flat.getHeight();
        int longSide = Math.max(w, h);
        if (longSide <= maxSide) return flat;
        double scale = (double) maxSide / longSide;
        int outW = w >= h ? maxSide : Math.max(1, (int) Math.round(w * scale));
        int outH = h > w ? maxSide : Math.max(1, (int) Math.round(h * scale));
        return Resample.resize(flat, outW, outH);
    }

    /** A baseline JPEG thumbnail (longer side maxSide, quality 0.85) as bytes, for the catalogue. */
    public static byte[] thumbnailJpeg(BufferedImage image, int maxSide) {
        BufferedImage small = fitWithin(image, maxSide);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(THUMBNAIL_QUALITY);
            writer.write(null, new IIOImage(small, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The image as 8-bit sRGB TYPE_INT_RGB, alpha composited over {@code background} (0xRRGGBB). Returns the
     * image itself when it already is TYPE_INT_RGB.
     */
    public static BufferedImage flatten(BufferedImage image, int background) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB && isPlain(image)) return image;
        BufferedImage srgb = isPlain(image) ? SrgbConverter.toSrgb(image) : copy(image);
        if (srgb.getType() == BufferedImage.TYPE_INT_RGB) return srgb;
        int w = srgb.getWidth();
        int h = srgb.getHeight();
        BufferedImage flat = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] src = pixels(srgb);
        int[] dst = pixels(flat);
        for (int i = 0; i < src.length; i++) dst[i] = over(src[i], background);
        return flat;
    }

    private static int over(int argb, int background) {
        int a = argb >>> 24;
        if (a == 0xFF) return argb & 0xFFFFFF;
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (argb >> shift) & 0xFF;
            int bg = (background >> shift) & 0xFF;
            out |= ((c * a + bg * (255 - a) + 127) / 255) << shift;
        }
        return out;
    }

    /** True when the pixel array is exactly this image's (not a sub-image sharing a parent's array). */
    private static boolean isPlain(BufferedImage image) {
        return image.getRaster().getParent() == null && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }

    /** A sub-image copied through getRGB (which honours its bounds and converts to sRGB). */
    private static BufferedImage copy(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage plain = new BufferedImage(w, h, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        plain.setRGB(0, 0, w, h, image.getRGB(0, 0, w, h, null, 0, w), 0, w);
        return plain;
    }

    /** Every n-th pixel of every n-th row from (0, 0), stored values as they are (n = 1: the image itself). */
    static BufferedImage everyNth(BufferedImage image, int n) {
        if (n == 1) return image;
        int w = (image.getWidth() + n - 1) / n, h = (image.getHeight() + n - 1) / n;
        BufferedImage out = new BufferedImage(w, h, image.getType());
        int[] row = new int[image.getWidth()], picked = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRaster().getDataElements(0, y * n, image.getWidth(), 1, row);
            for (int x = 0; x < w; x++) picked[x] = row[x * n];
            out.getRaster().setDataElements(0, y, w, 1, picked);
        }
        return out;
    }

    static int[] pixels(BufferedImage intImage) {
        return ((DataBufferInt) intImage.getRaster().getDataBuffer()).getData();
    }

    private static void requirePositive(int side) {
        if (side <= 0) throw new IllegalArgumentException("size must be positive: " + side);
    }
}
