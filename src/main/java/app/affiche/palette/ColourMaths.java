package app.affiche.palette;

/** sRGB → CIE Lab (D65) chroma, and nearest-colour assignment. */
final class ColourMaths {
    private ColourMaths() {
    }

    /** CIE Lab chroma C*ab = sqrt(a*² + b*²) of an sRGB colour (0xRRGGBB), D65 white. */
    static double chroma(int rgb) {
        double r = linear((rgb >> 16) & 0xFF);
        double g = linear((rgb >> 8) & 0xFF);
        double b = linear(rgb & 0xFF);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        double a = 500 * (fx - fy);
        double bb = 200 * (fy - fz);
        return Math.sqrt(a * a + bb * bb);
    }

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /**
     * Assigns every pixel to its nearest palette entry (squared RGB distance). Returns, per entry, the number of
     * pixels and their mean colour (the entry itself when none).
     */
    static Clusters assign(int[] pixels, int[] palette) {
        int[] counts = new int[palette.length];
        long[] sums = new long[palette.length * 3];
        int last = -1;
        int index = 0;
        for (int p : pixels) {
            int rgb = p & 0xFFFFFF;
            if (rgb != last) { // runs of one colour are common in posters
                index = nearest(rgb, palette);
                last = rgb;
            }
            counts[index]++;
            sums[3 * index] += (rgb >> 16) & 0xFF;
            sums[3 * index + 1] += (rgb >> 8) & 0xFF;
            sums[3 * index + 2] += rgb & 0xFF;
        }
        int[] means = new int[palette.length];
        for (int i = 0; i < palette.length; i++) {
            if (counts[i] == 0) {
                means[i] = palette[i];
                continue;
            }
            long n = counts[i];
            means[i] = (int) ((sums[3 * i] + n / 2) / n) << 16 | (int) ((sums[3 * i + 1] + n / 2) / n) << 8
                    | (int) ((sums[3 * i + 2] + n / 2) / n);
        }
        return new Clusters(counts, means);
    }

    record Clusters(int[] counts, int[] means) {
    }

    /** How many of the 32×32×32 bins MMCQ works on hold a pixel: more boxes than this cannot be filled. */
    static int occupiedBins(int[] pixels) {
        boolean[] seen = new boolean[1 << 15];
        int n = 0;
        for (int p : pixels) {
            int bin = ((p >> 19) & 0x1F) << 10 | ((p >> 11) & 0x1F) << 5 | ((p >> 3) & 0x1F);
            if (!seen[bin]) {
                seen[bin] = true;
                n++;
            }
        }
        return n;
    }

    static int nearest(int rgb, int[] palette) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = r - ((palette[i] >> 16) & 0xFF);
            int dg = g - ((palette[i] >> 8) & 0xFF);
            int db = b - (palette[i] & 0xFF);
            int d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
