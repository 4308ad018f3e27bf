package app.affiche.poster;

import java.util.List;

/**
 * The coarse cells palette analytics count colours in: 12 hue bins (HSV hue, 30° each, centred on red, orange,
 * yellow…, so a bin reads as a colour name), 5 lightness bins (CIE L*, 20 each) and vivid or muted (Lab chroma
 * at or above {@link #VIVID_CHROMA}). The catalogue stores them per poster at import, so statistics over a big
 * catalogue are one aggregate query; changing a bin here would need a migration that recomputes them.
 */
public final class ColourBins {
    public static final int HUES = 12;
    public static final int LIGHTS = 5;
    /** Colour cells: hue × lightness × vivid. */
    public static final int CELLS = HUES * LIGHTS * 2;
    public static final double VIVID_CHROMA = 40;
    public static final List<String> HUE_NAMES = List.of("red", "orange", "yellow", "chartreuse", "green",
            "spring green", "cyan", "azure", "blue", "violet", "magenta", "rose");
    public static final List<String> LIGHT_NAMES = List.of("very dark", "dark", "mid", "light", "very light");

    private ColourBins() {
    }

    /** HSV hue bin 0..11 of 0xRRGGBB: bin 0 is red (345°–15°), bin 1 orange (15°–45°)… A grey counts as red. */
    public static int hueBin(int rgb) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
        if (max == min) return 0;
        double d = max - min;
        double h = max == r ? (g - b) / d : max == g ? 2 + (b - r) / d : 4 + (r - g) / d;
        double degrees = (h * 60 + 360 + 15) % 360;
        return Math.min(HUES - 1, (int) (degrees / 30));
    }

    /** Lightness bin 0..4 (CIE L* 0–20 very dark … 80–100 very light). */
    public static int lightBin(int rgb) {
        return Math.min(LIGHTS - 1, (int) (lab(rgb)[0] / 20));
    }

    public static boolean vivid(int rgb) {
        double[] lab = lab(rgb);
        return Math.hypot(lab[1], lab[2]) >= VIVID_CHROMA;
    }

    /** The colour cell 0..119: hue × lightness × vivid. */
    public static int cell(int rgb) {
        return (hueBin(rgb) * LIGHTS + lightBin(rgb)) * 2 + (vivid(rgb) ? 1 : 0);
    }

    /** A bright, saturated colour for hue bin {@code bin} (its centre), to draw the bin in a chart. */
    public static int hueColour(int bin) {
        return java.awt.Color.HSBtoRGB(bin / (float) HUES, 0.8f, 0.9f) & 0xFFFFFF;
    }

    /** A grey of lightness bin {@code bin}'s middle L*, to draw the bin in a chart. */
    public static int lightColour(int bin) {
        double l = bin * 20 + 10;
        double y = l > 8 ? Math.pow((l + 16) / 116, 3) : l / 903.3;
        double v = y <= 0.0031308 ? 12.92 * y : 1.055 * Math.pow(y, 1 / 2.4) - 0.055;
        int c = (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
        return c << 16 | c << 8 | c;
    }

    /** CIE L*, a*, b* (D65) of an sRGB colour. */
    static double[] lab(int rgb) {
        double r = linear((rgb >> 16) & 0xFF), g = linear((rgb >> 8) & 0xFF), b = linear(rgb & 0xFF);
        double fx = f((0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047);
        double fy = f(0.2126729 * r + 0.7151522 * g + 0.0721750 * b);
        double fz = f((0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
