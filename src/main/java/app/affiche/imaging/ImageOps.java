package app.affiche.imaging;

import java.awt.image.BufferedImage;

/** Pixel operations shared by palette, encoder and thumbnails. */
public final class ImageOps {
    private ImageOps() {
    }

    /** Pads to a square with black bars (centred), then scales to side x side. TYPE_INT_RGB. */
    public static BufferedImage padToSquare(BufferedImage image, int side) {
        throw new UnsupportedOperationException("TODO imaging");
    }

    /** Centre crop to a square, then scales to side x side. TYPE_INT_RGB. */
    public static BufferedImage centreCropSquare(BufferedImage image, int side) {
        throw new UnsupportedOperationException("TODO imaging");
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
