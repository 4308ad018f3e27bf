package app.affiche.pipeline;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * The ways the same poster art comes in again, made from one decoded poster for the duplicate bench: each kind
 * writes a JPEG file, which is then read back the way an import reads it.
 */
public enum DuplicateVariants {
    RESIZED("resize 50 %"), RECOMPRESSED("JPEG q=40"), CROPPED("crop 3-5 %"), COLOUR("hue +18°, brightness +12 %"),
    RESCANNED("noise σ=8, rotation ~1°");

    private final String description;

    DuplicateVariants(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Writes this variant of {@code image} to {@code file} as a JPEG; {@code random} sets crop, rotation, noise. */
    public void write(BufferedImage image, Path file, Random random) throws IOException {
        BufferedImage rgb = rgb(image);
        switch (this) {
            case RESIZED -> jpeg(scaled(rgb, Math.max(1, rgb.getWidth() / 2), Math.max(1, rgb.getHeight() / 2)), file, 0.9f);
            case RECOMPRESSED -> jpeg(rgb, file, 0.4f);
            case CROPPED -> jpeg(cropped(rgb, 0.03 + 0.02 * random.nextDouble(), random), file, 0.9f);
            case COLOUR -> jpeg(shifted(rgb, 0.05f, 1.12f), file, 0.9f);
            case RESCANNED -> jpeg(noisy(rotated(rgb, (0.6 + 0.8 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1)),
                    8, random), file, 0.85f);
        }
    }

    private static BufferedImage rgb(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, Color.WHITE, null);
        g.dispose();
        return out;
    }

    private static BufferedImage scaled(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Takes {@code fraction} off each dimension, split at random between its two edges (a scanner's margin). */
    private static BufferedImage cropped(BufferedImage image, double fraction, Random random) {
        int cutW = (int) Math.round(image.getWidth() * fraction), cutH = (int) Math.round(image.getHeight() * fraction);
        int left = (int) Math.round(cutW * random.nextDouble()), top = (int) Math.round(cutH * random.nextDouble());
        return rgb(image.getSubimage(left, top, image.getWidth() - cutW, image.getHeight() - cutH));
    }

    private static BufferedImage shifted(BufferedImage image, float hue, float brightness) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        float[] hsb = new float[3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                Color.RGBtoHSB(p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF, hsb);
                out.setRGB(x, y, Color.HSBtoRGB(hsb[0] + hue, hsb[1], Math.min(1f, hsb[2] * brightness)));
            }
        }
        return out;
    }

    /** Turned about its centre on the scanner's white, keeping its size. */
    private static BufferedImage rotated(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
                image.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    private static BufferedImage noisy(BufferedImage image, double sigma, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = clamp((p >> 16 & 0xFF) + random.nextGaussian() * sigma);
                int gr = clamp((p >> 8 & 0xFF) + random.nextGaussian() * sigma);
                int b = clamp((p & 0xFF) + random.nextGaussian() * sigma);
                image.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return image;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    static void jpeg(BufferedImage image, Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
