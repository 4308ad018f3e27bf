package app.affiche.embedding;

import app.affiche.imaging.ImageOps;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.List;

/**
 * Turns an image into the encoder's input tensors, as the manifest says: one per view (the whole image, or a
 * square at the top, middle or bottom of its longer side), each padded to a square with black bars (or
 * centre-cropped), resized to the input size, RGB planes (NCHW), values /255 then (x - mean) / std, float32.
 * Plain Java, so it runs on worker threads beside inference. Thread-safe (no state beyond the spec).
 */
public final class Preprocessor {
    private final EncoderSpec spec;
    private final int side;
    private final List<String> views;

    public Preprocessor(EncoderSpec spec) {
        this.spec = spec;
        this.side = spec.inputSize();
        this.views = spec.viewList();
    }

    /** Floats per image, all its views: views x 3 x side x side. */
    public int tensorLength() {
        return views.size() * viewLength();
    }

    /** Floats per view: 3 x side x side. */
    public int viewLength() {
        return 3 * side * side;
    }

    /** Views per image; the encoder averages their embeddings. */
    public int viewCount() {
        return views.size();
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

    /** Writes one image's tensors (every view, one after another) into {@code dst} starting at {@code offset}. */
    public void write(BufferedImage image, float[] dst, int offset) {
        for (int v = 0; v < views.size(); v++) writeView(image, v, dst, offset + v * viewLength());
    }

    /** Writes the tensor of the image's view number {@code view} ({@link #viewLength()} floats) at {@code offset}. */
    public void writeView(BufferedImage image, int view, float[] dst, int offset) {
        writeView(view(image, views.get(view)), dst, offset);
    }

    /**
     * The pixels of a width x height image that view number {@code view} sees, {x0, y0, x1, y1} (exclusive ends):
     * a change outside them leaves that view's tensor as it was.
     */
    public int[] viewBounds(int width, int height, int view) {
        return bounds(width, height, views.get(view));
    }

    /**
     * The part of the image a view sees: the whole image, or the square of the shorter side's length at the
     * start, middle or end of the longer side (a tall poster's top, middle and bottom; a wide one's left,
     * centre and right).
     */
    static BufferedImage view(BufferedImage image, String view) {
        if (view.equals("whole")) return image;
        int w = image.getWidth(), h = image.getHeight();
        int[] b = bounds(w, h, view);
        int x = b[0], y = b[1], s = b[2] - b[0];
        BufferedImage square = new BufferedImage(s, s, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] from = image.getType() == square.getType() ? plainPixels(image) : null;
        if (from != null) {
            int[] to = ((DataBufferInt) square.getRaster().getDataBuffer()).getData();
            for (int row = 0; row < s; row++) System.arraycopy(from, (y + row) * w + x, to, row * s, s);
        } else {
            square.setRGB(0, 0, s, s, image.getRGB(x, y, s, s, null, 0, s), 0, s);
        }
        return square;
    }

    private static int[] bounds(int w, int h, String view) {
        if (view.equals("whole")) return new int[]{0, 0, w, h};
        int s = Math.min(w, h), room = Math.max(w, h) - s;
        int along = switch (view) {
            case "top" -> 0;
            case "middle" -> room / 2;
            case "bottom" -> room;
            default -> throw new IllegalArgumentException("unknown view " + view);
        };
        int x = w >= h ? along : 0, y = w >= h ? 0 : along;
        return new int[]{x, y, x + s, y + s};
    }

    private void writeView(BufferedImage image, float[] dst, int offset) {
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
        int[] plain = square.getType() == BufferedImage.TYPE_INT_RGB ? plainPixels(square) : null;
        return plain != null ? plain : square.getRGB(0, 0, side, side, null, 0, side);
    }

    /** The pixel array itself when the image is one packed int per pixel, row after row from 0; else null. */
    private static int[] plainPixels(BufferedImage image) {
        if (image.getRaster().getDataBuffer() instanceof DataBufferInt data && data.getNumBanks() == 1
                && data.getOffset() == 0 && image.getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == image.getWidth() && image.getRaster().getParent() == null) {
            return data.getData();
        }
        return null;
    }
}
