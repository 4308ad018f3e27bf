package app.affiche.embedding;

import app.affiche.imaging.ImageOps;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Turns an image into the encoder's input tensor, as the manifest says: pad to a square with black bars (or
 * centre-crop), resize to the input size, RGB planes (NCHW), values /255 then (x - mean) / std, float32.
 * Plain Java, so it runs on worker threads beside inference. Thread-safe (no state beyond the spec).
 */
public final class Preprocessor {
    private final EncoderSpec spec;
    private final int side;

    public Preprocessor(EncoderSpec spec) {
        this.spec = spec;
        this.side = spec.inputSize();
    }

    /** Floats per image: 3 x side x side. */
    public int tensorLength() {
        return 3 * side * side;
    }

    public int side() {
        return side;
    }

    /** The square, resized image the tensor is read from. */
    public BufferedImage square(BufferedImage image) {
        BufferedImage square = spec.padsToSquare() ? ImageOps.padToSquare(image, side) : ImageOps.centreCropSquare(image, side);
        if (square.getWidth() != side || square.getHeight() != side) {
            throw new IllegalStateException("resize gave " + square.getWidth() + "x" + square.getHeight() + ", expected " + side);
        }
        return square;
    }

    public float[] tensor(BufferedImage image) {
        float[] out = new float[tensorLength()];
        write(image, out, 0);
        return out;
    }

    /** Writes one image's tensor into {@code dst} starting at {@code offset}. */
    public void write(BufferedImage image, float[] dst, int offset) {
        if (!spec.padsToSquare()) {
            writeSquare(square(image), dst, offset);
            return;
        }
        int[] rgb = scratch(side * side);
        ImageOps.padToSquare(image, side, rgb);
        writeRgb(rgb, dst, offset);
    }

    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[1][0]);

    /** One reusable pixel buffer per worker thread: no 200 KB allocation per poster. */
    private static int[] scratch(int length) {
        int[][] holder = SCRATCH.get();
        if (holder[0].length < length) holder[0] = new int[length];
        return holder[0];
    }

    /** Writes an already square, already resized image (side x side). */
    void writeSquare(BufferedImage square, float[] dst, int offset) {
        writeRgb(packedRgb(square), dst, offset);
    }

    /** side x side 0xRRGGBB pixels as normalised RGB planes. */
    private void writeRgb(int[] argb, float[] dst, int offset) {
        int plane = side * side;
        float[] scale = new float[3];
        float[] shift = new float[3];
        for (int c = 0; c < 3; c++) {
            // ((v / 255) - mean) / std == v * scale + shift
            scale[c] = 1f / (255f * spec.std()[c]);
            shift[c] = -spec.mean()[c] / spec.std()[c];
        }
        for (int i = 0; i < plane; i++) {
            int p = argb[i];
            dst[offset + i] = ((p >>> 16) & 0xFF) * scale[0] + shift[0];
            dst[offset + plane + i] = ((p >>> 8) & 0xFF) * scale[1] + shift[1];
            dst[offset + 2 * plane + i] = (p & 0xFF) * scale[2] + shift[2];
        }
    }

    /** The pixels as 0xRRGGBB ints: straight from the raster for plain INT_RGB images (most of the cost otherwise). */
    private int[] packedRgb(BufferedImage square) {
        if (square.getType() == BufferedImage.TYPE_INT_RGB && square.getRaster().getDataBuffer() instanceof DataBufferInt data
                && square.getSampleModel() instanceof SinglePixelPackedSampleModel sm && sm.getScanlineStride() == side
                && data.getNumBanks() == 1 && data.getOffset() == 0 && square.getRaster().getParent() == null) {
            return data.getData();
        }
        return square.getRGB(0, 0, side, side, null, 0, side);
    }
}
