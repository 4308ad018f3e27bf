package app.affiche.imaging;

import java.awt.image.BufferedImage;

/** Pixel operations shared by palette, encoder and thumbnails. */
public final class ImageOps {
    private ImageOps() {
    }

    /** Pads to a square with black bars (centred), then scales to side x side. TYPE_INT_RGB. */
    public static BufferedImage padToSquare(BufferedImage image, int side) {
        // DEV ONLY (not committed)
        int big = Math.max(image.getWidth(), image.getHeight());
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double k = (double) side / big;
        int w = (int) Math.round(image.getWidth() * k), h = (int) Math.round(image.getHeight() * k);
        g.drawImage(image, (side - w) / 2, (side - h) / 2, w, h, null);
        g.dispose();
        return out;
    }

    /** Centre crop to a square, then scales to side x side. TYPE_INT_RGB. */
    public static BufferedImage centreCropSquare(BufferedImage image, int side) {
        int small = Math.min(image.getWidth(), image.getHeight());
        BufferedImage sub = image.getSubimage((image.getWidth() - small) / 2, (image.getHeight() - small) / 2, small, small);
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(sub, 0, 0, side, side, null);
        g.dispose();
        return out;
    }

    /** Scales so the longer side is at most maxSide (never up), high quality. TYPE_INT_RGB. */
    public static BufferedImage fitWithin(BufferedImage image, int maxSide) {
        throw new UnsupportedOperationException("TODO imaging");
    }

    /** A JPEG thumbnail (longer side maxSide) as bytes, for the catalogue. */
    public static byte[] thumbnailJpeg(BufferedImage image, int maxSide) {
        throw new UnsupportedOperationException("TODO imaging");
    }
}
