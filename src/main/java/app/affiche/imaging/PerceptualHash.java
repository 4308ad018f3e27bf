package app.affiche.imaging;

import java.awt.image.BufferedImage;

/**
 * 64-bit perceptual hashes of a decoded image, so another scan, size, crop or JPEG quality of the same art hashes
 * within a few bits where its SHA-256 is wholly different. {@link #dct} is the classic pHash: the image averaged
 * down to a 32x32 grey, its 2-D DCT, and one bit per low-frequency coefficient (the 8x8 block, DC left out of the
 * median) above the block's median; brightness and hue shifts move the DC term only. {@link #difference} (dHash)
 * is the cheap alternative the duplicate bench compares it with.
 */
public final class PerceptualHash {
    private static final int SIDE = 32;
    private static final int LOW = 8;
    private static final double[][] COSINES = cosines();

    private PerceptualHash() {
    }

    /** The DCT hash (pHash) of an image of any size. */
    public static long dct(BufferedImage image) {
        double[][] grey = grey(image, SIDE, SIDE);
        double[] low = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int y = 0; y < SIDE; y++) {
                    double row = 0;
                    for (int x = 0; x < SIDE; x++) row += grey[y][x] * COSINES[v][x];
                    sum += row * COSINES[u][y];
                }
                low[u * LOW + v] = sum;
            }
        }
        double[] ac = java.util.Arrays.copyOfRange(low, 1, low.length);
        java.util.Arrays.sort(ac);
        double median = (ac[ac.length / 2 - 1] + ac[ac.length / 2]) / 2;
        long bits = 0;
        for (int i = 0; i < low.length; i++) if (low[i] > median) bits |= 1L << i;
        return bits;
    }

    /** The difference hash (dHash): one bit per horizontally neighbouring pair of a 9x8 grey, left brighter. */
    public static long difference(BufferedImage image) {
        double[][] grey = grey(image, 9, 8);
        long bits = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) if (grey[y][x] > grey[y][x + 1]) bits |= 1L << (y * 8 + x);
        }
        return bits;
    }

    public static int hamming(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Luma (Rec. 601) averaged over equal cells: every source pixel counts once, whatever the scale. */
    static double[][] grey(BufferedImage image, int width, int height) {
        int w = image.getWidth(), h = image.getHeight();
        double[][] sum = new double[height][width];
        int[][] count = new int[height][width];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int cy = (int) ((long) y * height / h);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int cx = (int) ((long) x * width / w);
                sum[cy][cx] += 0.299 * (p >> 16 & 0xFF) + 0.587 * (p >> 8 & 0xFF) + 0.114 * (p & 0xFF);
                count[cy][cx]++;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) sum[y][x] = count[y][x] == 0 ? 0 : sum[y][x] / count[y][x];
        }
        if (w < width || h < height) fillGaps(sum, count);
        return sum;
    }

    /** An image smaller than the grid leaves empty cells: they take the nearest filled cell to their left or above. */
    private static void fillGaps(double[][] sum, int[][] count) {
        for (int y = 0; y < sum.length; y++) {
            for (int x = 0; x < sum[y].length; x++) {
                if (count[y][x] > 0) continue;
                sum[y][x] = x > 0 ? sum[y][x - 1] : y > 0 ? sum[y - 1][x] : 0;
                count[y][x] = 1;
            }
        }
    }

    private static double[][] cosines() {
        double[][] c = new double[LOW][SIDE];
        for (int u = 0; u < LOW; u++) {
            for (int x = 0; x < SIDE; x++) c[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * SIDE));
        }
        return c;
    }
}
