package app.affiche.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bicubic resampling of TYPE_INT_RGB images, computed the way Pillow's {@code Image.resize(size, BICUBIC)}
 * does it (the resize the poster encoder was fine-tuned with): a separable convolution, horizontal pass first,
 * with the Keys cubic kernel (a = -0.5) whose support is widened by the scale factor when shrinking. The wider
 * kernel averages every source pixel under the output pixel, so large downscales do not alias (no progressive
 * halving needed). Coefficients are normalised per output pixel and applied in 22-bit fixed point, each pass
 * rounded and clamped to 8 bits, as Pillow does; results agree with Pillow to within 1 level.
 */
final class Resample {
    private static final int PRECISION_BITS = 32 - 8 - 2;
    private static final double SUPPORT = 2.0;
    /** Up to this many source pixels (every poster read for the encoder) the horizontal pass runs by columns; its
     * column planes (12 bytes a pixel, kept per thread) stay under 4 MB. */
    private static final long SMALL_PIXELS = 1 << 18;

    private Resample() {
    }

    static BufferedImage resize(BufferedImage src, int outW, int outH) {
        int[] pixels = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
        int w = src.getWidth();
        int h = src.getHeight();
        if (outW != w) {
            pixels = horizontal(pixels, w, h, outW);
            w = outW;
        }
        if (outH != h) {
            pixels = vertical(pixels, w, h, outH);
            h = outH;
        }
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) dst.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, out, 0, out.length);
        return dst;
    }

    private static int[] horizontal(int[] in, int w, int h, int outW) {
        Kernel k = Kernel.of(w, outW);
        int[] out = new int[outW * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < outW; x++) {
                int min = k.min[x], n = k.count[x], base = x * k.size;
                int r = 1 << (PRECISION_BITS - 1), g = r, b = r;
                for (int i = 0; i < n; i++) {
                    int p = in[row + min + i], c = k.coeff[base + i];
                    r += ((p >> 16) & 0xFF) * c;
                    g += ((p >> 8) & 0xFF) * c;
                    b += (p & 0xFF) * c;
                }
                out[y * outW + x] = pack(r, g, b);
            }
        }
        return out;
    }

    private static int[] vertical(int[] in, int w, int h, int outH) {
        Kernel k = Kernel.of(h, outH);
        int[] out = new int[w * outH];
        for (int y = 0; y < outH; y++) {
            int min = k.min[y], n = k.count[y], base = y * k.size;
            for (int x = 0; x < w; x++) {
                int r = 1 << (PRECISION_BITS - 1), g = r, b = r;
                for (int i = 0; i < n; i++) {
                    int p = in[(min + i) * w + x], c = k.coeff[base + i];
                    r += ((p >> 16) & 0xFF) * c;
                    g += ((p >> 8) & 0xFF) * c;
                    b += (p & 0xFF) * c;
                }
                out[y * w + x] = pack(r, g, b);
            }
        }
        return out;
    }

    /**
     * Exactly the pixels of {@code resize(padded, side, side)}, where padded is the w x h image centred on a black
     * n x n square (n = max(w, h), offsets (n - w) / 2, (n - h) / 2), without building the square: black taps add
     * nothing, so each pass runs only over the poster's own pixels and output outside its reach stays black.
     * Writes side x side 0xRRGGBB ints into {@code out}; scratch buffers are per thread.
     */
    static void padResize(int[] in, int w, int h, int side, int[] out) {
        int n = Math.max(w, h);
        Kernel k = n == side ? Kernel.identity(side) : Kernel.cached(n, side);
        int x0 = (n - w) / 2;
        int y0 = (n - h) / 2;
        // Output columns that any poster column reaches; the rest of every row is bar.
        int xFrom = 0, xTo = side;
        while (xFrom < side && k.min[xFrom] + k.count[xFrom] <= x0) xFrom++;
        while (xTo > xFrom && k.min[xTo - 1] >= x0 + w) xTo--;
        Scratch s = Scratch.get(w, h, side);
        horizontal(in, w, h, side, k, x0, xFrom, xTo, s);
        int round = 1 << (PRECISION_BITS - 1);
        int[] ar = s.accR, ag = s.accG, ab = s.accB, mr = s.midR, mg = s.midG, mb = s.midB;
        for (int y = 0; y < side; y++) {
            int lo = Math.max(k.min[y], y0), hi = Math.min(k.min[y] + k.count[y], y0 + h);
            int base = y * k.size - k.min[y];
            java.util.Arrays.fill(out, y * side, (y + 1) * side, 0);
            if (lo >= hi) continue;
            java.util.Arrays.fill(ar, xFrom, xTo, round);
            java.util.Arrays.fill(ag, xFrom, xTo, round);
            java.util.Arrays.fill(ab, xFrom, xTo, round);
            for (int j = lo; j < hi; j++) { // row by row, so the inner loops run along memory (and vectorise)
                int c = k.coeff[base + j], off = (j - y0) * side;
                accumulate(ar, mr, off, c, xFrom, xTo);
                accumulate(ag, mg, off, c, xFrom, xTo);
                accumulate(ab, mb, off, c, xFrom, xTo);
            }
            for (int x = xFrom; x < xTo; x++) out[y * side + x] = pack(ar[x], ag[x], ab[x]);
        }
    }

    private static void accumulate(int[] acc, int[] plane, int off, int c, int from, int to) {
        for (int x = from; x < to; x++) acc[x] += plane[off + x] * c;
    }

    /** The horizontal pass over the poster's rows into 8-bit channel planes (side wide, columns xFrom..xTo). */
    private static void horizontal(int[] in, int w, int h, int side, Kernel k, int x0, int xFrom, int xTo, Scratch s) {
        if ((long) w * h <= SMALL_PIXELS) {
            horizontalByColumns(in, w, h, side, k, x0, xFrom, xTo, s);
            return;
        }
        int[] rr = s.rowR, rg = s.rowG, rb = s.rowB;
        for (int y = 0; y < h; y++) {
            for (int i = 0; i < w; i++) {
                int p = in[y * w + i];
                rr[i] = (p >> 16) & 0xFF;
                rg[i] = (p >> 8) & 0xFF;
                rb[i] = p & 0xFF;
            }
            for (int x = xFrom; x < xTo; x++) {
                int lo = Math.max(k.min[x], x0), hi = Math.min(k.min[x] + k.count[x], x0 + w);
                int base = x * k.size - k.min[x];
                int r = 1 << (PRECISION_BITS - 1), g = r, b = r;
                for (int i = lo; i < hi; i++) {
                    int c = k.coeff[base + i];
                    r += rr[i - x0] * c;
                    g += rg[i - x0] * c;
                    b += rb[i - x0] * c;
                }
                s.midR[y * side + x] = clip8(r);
                s.midG[y * side + x] = clip8(g);
                s.midB[y * side + x] = clip8(b);
            }
        }
    }

    /**
     * The same pass for a poster-sized image, about twice as fast: the image is first transposed into column-major
     * channel planes, so each output column's multiply-adds run down whole source columns in memory order (and
     * vectorise) instead of gathering taps along a row; the sums are then clipped into the row-major planes.
     */
    private static void horizontalByColumns(int[] in, int w, int h, int side, Kernel k, int x0, int xFrom, int xTo,
                                            Scratch s) {
        int stride = columnStride(h);
        int[] cr = s.colR, cg = s.colG, cb = s.colB;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int i = 0; i < w; i++) {
                int p = in[row + i], at = i * stride + y;
                cr[at] = (p >> 16) & 0xFF;
                cg[at] = (p >> 8) & 0xFF;
                cb[at] = p & 0xFF;
            }
        }
        int round = 1 << (PRECISION_BITS - 1);
        int[] ar = s.colAccR, ag = s.colAccG, ab = s.colAccB;
        for (int x = xFrom; x < xTo; x++) {
            int lo = Math.max(k.min[x], x0), hi = Math.min(k.min[x] + k.count[x], x0 + w);
            int base = x * k.size - k.min[x];
            java.util.Arrays.fill(ar, 0, h, round);
            java.util.Arrays.fill(ag, 0, h, round);
            java.util.Arrays.fill(ab, 0, h, round);
            for (int i = lo; i < hi; i++) {
                int c = k.coeff[base + i], off = (i - x0) * stride;
                accumulate(ar, cr, off, c, 0, h);
                accumulate(ag, cg, off, c, 0, h);
                accumulate(ab, cb, off, c, 0, h);
            }
            for (int y = 0; y < h; y++) {
                s.midR[y * side + x] = clip8(ar[y]);
                s.midG[y * side + x] = clip8(ag[y]);
                s.midB[y * side + x] = clip8(ab[y]);
            }
        }
    }

    /** Column length padded off a power of two: a 256-row poster would otherwise transpose into cache-set conflicts. */
    private static int columnStride(int h) {
        return h + 9;
    }

    /** Per-thread buffers: no allocation per poster in the embed workers. */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> MINE = ThreadLocal.withInitial(Scratch::new);
        int[] rowR = new int[0], rowG = rowR, rowB = rowR, midR = rowR, midG = rowR, midB = rowR;
        int[] accR = rowR, accG = rowR, accB = rowR;
        int[] colR = rowR, colG = rowR, colB = rowR, colAccR = rowR, colAccG = rowR, colAccB = rowR;

        static Scratch get(int w, int h, int side) {
            // A huge image gets buffers of its own, so a thread does not keep tens of MB after one big resize.
            Scratch s = (long) h * side > 1 << 20 ? new Scratch() : MINE.get();
            if (s.rowR.length < w) {
                s.rowR = new int[w];
                s.rowG = new int[w];
                s.rowB = new int[w];
            }
            if ((long) w * h <= SMALL_PIXELS && s.colR.length < w * columnStride(h)) {
                s.colR = new int[w * columnStride(h)];
                s.colG = new int[w * columnStride(h)];
                s.colB = new int[w * columnStride(h)];
            }
            if (s.colAccR.length < h) {
                s.colAccR = new int[h];
                s.colAccG = new int[h];
                s.colAccB = new int[h];
            }
            if (s.midR.length < h * side) {
                s.midR = new int[h * side];
                s.midG = new int[h * side];
                s.midB = new int[h * side];
            }
            if (s.accR.length < side) {
                s.accR = new int[side];
                s.accG = new int[side];
                s.accB = new int[side];
            }
            return s;
        }
    }

    private static int pack(int r, int g, int b) {
        return clip8(r) << 16 | clip8(g) << 8 | clip8(b);
    }

    private static int clip8(int v) {
        return Math.max(0, Math.min(255, v >> PRECISION_BITS));
    }

    static double bicubic(double x) {
        final double a = -0.5;
        x = Math.abs(x);
        if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
        if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
        return 0.0;
    }

    /** Per output pixel: first source index, number of taps, fixed-point weights ({@code size} slots each). */
    private record Kernel(int size, int[] min, int[] count, int[] coeff) {
        private static final Map<Long, Kernel> CACHE = new ConcurrentHashMap<>();

        /** Posters come in few sizes: their kernels are computed once (bounded, in case of many sizes). */
        static Kernel cached(int inSize, int outSize) {
            long key = (long) inSize << 32 | outSize;
            Kernel k = CACHE.get(key);
            if (k != null) return k;
            k = of(inSize, outSize);
            if (CACHE.size() < 4096) CACHE.put(key, k);
            return k;
        }

        /** One tap of weight 1: the copy a skipped pass amounts to (exact in fixed point). */
        static Kernel identity(int size) {
            int[] min = new int[size];
            int[] count = new int[size];
            int[] coeff = new int[size];
            for (int i = 0; i < size; i++) {
                min[i] = i;
                count[i] = 1;
                coeff[i] = 1 << PRECISION_BITS;
            }
            return new Kernel(1, min, count, coeff);
        }

        static Kernel of(int inSize, int outSize) {
            double scale = (double) inSize / outSize;
            double filterScale = Math.max(scale, 1.0);
            double support = SUPPORT * filterScale;
            int size = (int) Math.ceil(support) * 2 + 1;
            int[] min = new int[outSize];
            int[] count = new int[outSize];
            int[] coeff = new int[outSize * size];
            double[] weights = new double[size];
            for (int o = 0; o < outSize; o++) {
                double centre = (o + 0.5) * scale;
                int lo = Math.max(0, (int) (centre - support + 0.5));
                int hi = Math.min(inSize, (int) (centre + support + 0.5));
                double total = 0;
                for (int i = 0; i < hi - lo; i++) {
                    weights[i] = bicubic((i + lo - centre + 0.5) / filterScale);
                    total += weights[i];
                }
                for (int i = 0; i < hi - lo; i++) {
                    double wgt = total != 0 ? weights[i] / total : weights[i];
                    coeff[o * size + i] = (int) (wgt < 0 ? -0.5 + wgt * (1 << PRECISION_BITS)
                            : 0.5 + wgt * (1 << PRECISION_BITS));
                }
                min[o] = lo;
                count[o] = hi - lo;
            }
            return new Kernel(size, min, count, coeff);
        }
    }
}
