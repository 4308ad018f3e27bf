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
     * The pixels binned by their top 5 bits per channel (MMCQ's own grid): per occupied bin its pixel count,
     * channel sums and mean colour. Nearest-colour assignment then runs per bin rather than per pixel (at most
     * 4 levels from any of its pixels, immaterial for shares) and stays fast on big, detailed images.
     */
    record Histogram(int[] counts, long[] sums, int[] means) {
        static Histogram of(int[] pixels) {
            int[] countByBin = new int[1 << 15];
            long[] sumByBin = new long[3 << 15];
            for (int p : pixels) {
                int bin = ((p >> 19) & 0x1F) << 10 | ((p >> 11) & 0x1F) << 5 | ((p >> 3) & 0x1F);
                countByBin[bin]++;
                sumByBin[3 * bin] += (p >> 16) & 0xFF;
                sumByBin[3 * bin + 1] += (p >> 8) & 0xFF;
                sumByBin[3 * bin + 2] += p & 0xFF;
            }
            int occupied = 0;
            for (int c : countByBin) if (c > 0) occupied++;
            int[] counts = new int[occupied];
            long[] sums = new long[3 * occupied];
            int[] means = new int[occupied];
            for (int bin = 0, i = 0; bin < countByBin.length; bin++) {
                if (countByBin[bin] == 0) continue;
                counts[i] = countByBin[bin];
                System.arraycopy(sumByBin, 3 * bin, sums, 3 * i, 3);
                means[i] = mean(sums, 3 * i, counts[i]);
                i++;
            }
            return new Histogram(counts, sums, means);
        }

        int occupied() {
            return counts.length;
        }
    }

    /**
     * Assigns every bin (so every pixel) to its nearest palette entry (squared RGB distance). Returns, per
     * entry, the number of pixels and their mean colour (the entry itself when none).
     */
    static Clusters assign(Histogram h, int[] palette) {
        int[] counts = new int[palette.length];
        long[] sums = new long[palette.length * 3];
        for (int b = 0; b < h.occupied(); b++) {
            int index = nearest(h.means()[b], palette);
            counts[index] += h.counts()[b];
            for (int c = 0; c < 3; c++) sums[3 * index + c] += h.sums()[3 * b + c];
        }
        int[] means = new int[palette.length];
        for (int i = 0; i < palette.length; i++) means[i] = counts[i] == 0 ? palette[i] : mean(sums, 3 * i, counts[i]);
        return new Clusters(counts, means);
    }

    private static int mean(long[] sums, int at, long n) {
        return (int) ((sums[at] + n / 2) / n) << 16 | (int) ((sums[at + 1] + n / 2) / n) << 8
                | (int) ((sums[at + 2] + n / 2) / n);
    }

    record Clusters(int[] counts, int[] means) {
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
