package app.affiche.imaging;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Brings whatever a reader returns to 8-bit sRGB TYPE_INT_RGB (TYPE_INT_ARGB when there is alpha):
 * grey (8/16 bit, with or without alpha) is replicated into R=G=B as stored, since grey files hold
 * display-encoded values; sRGB and indexed images are copied exactly; any other ICC colour space (an embedded
 * profile, CMYK TIFF) goes through {@link ColorConvertOp} to sRGB. 16-bit samples are rounded to 8 bits.
 */
final class SrgbConverter {
    private SrgbConverter() {
    }

    static BufferedImage toSrgb(BufferedImage src) {
        ColorModel cm = src.getColorModel();
        boolean alpha = cm.hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (src.getType() == type) return src;
        ColorSpace cs = cm.getColorSpace();
        if (cs.getType() == ColorSpace.TYPE_GRAY && !(cm instanceof IndexColorModel)) return fromGrey(src, type);
        BufferedImage dst = new BufferedImage(src.getWidth(), src.getHeight(), type);
        if (cs.isCS_sRGB() || cm instanceof IndexColorModel) {
            Graphics2D g = dst.createGraphics();
            g.setComposite(AlphaComposite.Src);
            g.drawImage(src, 0, 0, null);
            g.dispose();
        } else {
            new ColorConvertOp(null).filter(src, dst);
        }
        return dst;
    }

    private static BufferedImage fromGrey(BufferedImage src, int type) {
        int w = src.getWidth();
        int h = src.getHeight();
        Raster raster = src.getRaster();
        int[] bits = src.getColorModel().getComponentSize();
        boolean alpha = type == BufferedImage.TYPE_INT_ARGB;
        BufferedImage dst = new BufferedImage(w, h, type);
        int[] grey = new int[w];
        int[] a = new int[w];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, grey);
            if (alpha) raster.getSamples(0, y, w, 1, 1, a);
            for (int x = 0; x < w; x++) {
                int v = to8(grey[x], bits[0]);
                int alpha8 = alpha ? to8(a[x], bits[1]) : 0xFF;
                row[x] = alpha8 << 24 | v << 16 | v << 8 | v;
            }
            dst.setRGB(0, y, w, 1, row, 0, w);
        }
        return dst;
    }

    /** Rescales a sample of {@code bits} bits to 0..255, rounding to nearest. */
    static int to8(int sample, int bits) {
        if (bits == 8) return sample;
        long max = (1L << bits) - 1;
        return (int) ((sample * 255L + max / 2) / max);
    }
}
