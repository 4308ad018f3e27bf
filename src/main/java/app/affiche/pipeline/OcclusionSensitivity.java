package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import app.affiche.poster.Prediction;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Preprocessor;
import app.affiche.imaging.ImageOps;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Which regions of a poster drive one genre: grey out each cell of a grid in turn, embed all copies in a few
 * encoder batches, and measure how far the genre's probability falls. The poster is first shrunk so its longer
 * side is the encoder's input size, so the copies are cheap to make and the encoder does no further downscaling.
 * Cells are filled with the ImageNet mean colour, which the encoder's normalisation maps to zero.
 *
 * <p>An encoder over several views (whole, top, bottom) averages one inference per view. A greyed cell changes
 * only the views that see it, so only those run again; the others keep the un-occluded poster's vector, the same
 * bits the encoder would compute for them (a tall poster: 122 inferences instead of 150). The copies' embeddings
 * of the last poster are kept, so a heatmap of another genre or decade of the same draft costs no inference.
 */
public final class OcclusionSensitivity {
    public static final int DEFAULT_GRID = 7;
    /** On a GPU: 7 x 7 copies plus the baseline in one encoder call. */
    public static final int GPU_BATCH = 50;
    /**
     * On a CPU one copy per call is fastest (a batch's activations overflow the caches): measured with
     * {@code affiche bench preview} on a 2-core EPYC under load, a 7x7 heatmap took 365-420 ms one copy at a time,
     * 490-510 ms in batches of 5 and 610-970 ms in one batch of 50. Progress and cancelling get finer too.
     */
    public static final int CPU_BATCH = 1;
    static final int WORKING_SIDE = 224;
    static final Color FILL = new Color(124, 116, 104);

    private final Encoder encoder;
    private final PreviewPredictor predictor;
    private final int grid;
    private final int batchSize;
    private final boolean everyView;
    private final int threads;
    private volatile Embedded last;

    /** The last poster's copies, embedded: baseline first, then the cells row by row. */
    private record Embedded(WeakReference<BufferedImage> poster, float[][] copies) {
    }

    /**
     * @param everyView run every view of every copy, as before views were skipped: the reference the bench
     *                  ({@code affiche bench preview}) and the tests compare the default against
     */
    public OcclusionSensitivity(Encoder encoder, PreviewPredictor predictor, int grid, int batchSize, boolean everyView) {
        this(encoder, predictor, grid, batchSize, everyView, defaultThreads(encoder, batchSize));
    }

    /**
     * @param threads copies embedded side by side (one encoder run each, on the shared session); 1: one after the
     *                other, as before
     */
    public OcclusionSensitivity(Encoder encoder, PreviewPredictor predictor, int grid, int batchSize, boolean everyView,
                                int threads) {
        if (grid < 2 || batchSize < 1 || threads < 1) throw new IllegalArgumentException("grid >= 2, batch and threads >= 1 needed");
        this.encoder = encoder;
        this.predictor = predictor;
        this.grid = grid;
        this.batchSize = batchSize;
        this.everyView = everyView;
        this.threads = threads;
    }

    /** On a CPU with one copy per call, two copies at once (measured: {@code affiche bench preview}); else 1. */
    public static int defaultThreads(Encoder encoder, int batchSize) {
        return batchSize == 1 && !encoder.device().startsWith("GPU") && Runtime.getRuntime().availableProcessors() > 1 ? 2 : 1;
    }

    public OcclusionSensitivity(Encoder encoder, PreviewPredictor predictor, int grid, int batchSize) {
        this(encoder, predictor, grid, batchSize, false);
    }

    public OcclusionSensitivity(Encoder encoder, PreviewPredictor predictor) {
        this(encoder, predictor, DEFAULT_GRID, defaultBatch(encoder));
    }

    /** {@link #GPU_BATCH} where the encoder runs on a GPU, else {@link #CPU_BATCH}. */
    public static int defaultBatch(Encoder encoder) {
        return encoder.device().startsWith("GPU") ? GPU_BATCH : CPU_BATCH;
    }

    /**
     * @param cancelled checked between batches; when true a {@link CancellationException} is thrown
     * @param progress  receives the fraction done (0..1) after each batch
     */
    public OcclusionMap compute(BufferedImage poster, String genre, BooleanSupplier cancelled, DoubleConsumer progress)
            throws EncoderException {
        return compute(poster, genre, p -> {
            Double v = p.genreProbabilities().get(genre);
            if (v == null) throw new IllegalArgumentException("the predictor knows no genre \"" + genre + "\"");
            return v;
        }, cancelled, progress);
    }

    /**
     * As {@link #compute(BufferedImage, String, BooleanSupplier, DoubleConsumer)} for any figure of the prediction
     * ({@code score}), e.g. a decade's probability; {@code target} names it in the map. The same poster object
     * as the last call reuses its embedded copies (the poster must not have been drawn on since).
     */
    public OcclusionMap compute(BufferedImage poster, String target, ToDoubleFunction<Prediction> score,
                                BooleanSupplier cancelled, DoubleConsumer progress) throws EncoderException {
        long start = System.nanoTime();
        float[][] copies = embedded(poster, cancelled, progress);
        double[] probabilities = new double[copies.length];
        for (int i = 0; i < copies.length; i++) probabilities[i] = score.applyAsDouble(predictor.predict(copies[i]));
        double[] drops = new double[grid * grid];
        for (int i = 0; i < drops.length; i++) drops[i] = probabilities[0] - probabilities[i + 1];
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new OcclusionMap(target, grid, grid, drops, probabilities[0], batchSize, millis);
    }

    private float[][] embedded(BufferedImage poster, BooleanSupplier cancelled, DoubleConsumer progress)
            throws EncoderException {
        Embedded kept = last;
        if (kept != null && kept.poster().get() == poster) {
            progress.accept(1.0);
            return kept.copies();
        }
        float[][] copies = embedCopies(ImageOps.fitWithin(poster, WORKING_SIDE), cancelled, progress);
        last = new Embedded(new WeakReference<>(poster), copies);
        return copies;
    }

    /** The baseline (copy 0) and each occluded copy, embedded batchSize copies per encoder call. */
    private float[][] embedCopies(BufferedImage small, BooleanSupplier cancelled, DoubleConsumer progress)
            throws EncoderException {
        return threads > 1 && batchSize == 1
                ? SideBySideCopies.embed(encoder.sideBySide(), small, grid, everyView, threads, cancelled, progress)
                : embedInBatches(small, cancelled, progress);
    }

    private float[][] embedInBatches(BufferedImage small, BooleanSupplier cancelled, DoubleConsumer progress)
            throws EncoderException {
        Preprocessor pre = encoder.preprocessor();
        int views = pre.viewCount(), length = pre.viewLength(), count = grid * grid + 1;
        float[][][] perView = new float[count][views][];
        float[][] embeddings = new float[count][];
        for (int from = 0; from < count; from += batchSize) {
            if (cancelled.getAsBoolean()) throw new CancellationException("heatmap cancelled");
            int to = Math.min(count, from + batchSize);
            List<int[]> runs = new ArrayList<>(); // {copy, view} pairs to infer
            for (int copy = from; copy < to; copy++)
                for (int v = 0; v < views; v++) if (copy == 0 || everyView || sees(pre, small, grid, v, copy - 1)) runs.add(new int[]{copy, v});
            float[] tensors = new float[runs.size() * length];
            BufferedImage image = null;
            for (int j = 0; j < runs.size(); j++) {
                int copy = runs.get(j)[0];
                if (j == 0 || runs.get(j - 1)[0] != copy) image = copy == 0 ? small : occluded(small, grid, (copy - 1) / grid, (copy - 1) % grid);
                pre.writeView(image, runs.get(j)[1], tensors, j * length);
            }
            float[][] vectors = encoder.embedViews(tensors, runs.size());
            for (int j = 0; j < runs.size(); j++) perView[runs.get(j)[0]][runs.get(j)[1]] = vectors[j];
            for (int copy = from; copy < to; copy++) {
                for (int v = 0; v < views; v++) if (perView[copy][v] == null) perView[copy][v] = perView[0][v];
                embeddings[copy] = Encoder.meanOfViews(perView[copy], views)[0];
            }
            progress.accept((double) to / count);
        }
        return embeddings;
    }

    /** Inferences (one per view run) a heatmap of this poster costs, without the kept copies. */
    public int inferences(BufferedImage poster) {
        Preprocessor pre = encoder.preprocessor();
        BufferedImage small = ImageOps.fitWithin(poster, WORKING_SIDE);
        int runs = pre.viewCount();
        for (int cell = 0; cell < grid * grid; cell++)
            for (int v = 0; v < pre.viewCount(); v++) if (everyView || sees(pre, small, grid, v, cell)) runs++;
        return runs;
    }

    /** Whether the view numbered {@code view} sees any pixel of cell number {@code cell}. */
    static boolean sees(Preprocessor pre, BufferedImage small, int grid, int view, int cell) {
        int w = small.getWidth(), h = small.getHeight();
        int[] v = pre.viewBounds(w, h, view), c = cell(w, h, grid, cell / grid, cell % grid);
        return c[0] < v[2] && v[0] < c[2] && c[1] < v[3] && v[1] < c[3];
    }

    /** The cell's pixel bounds {x0, y0, x1, y1} (exclusive ends) in an image of the given size. */
    static int[] cell(int width, int height, int grid, int row, int col) {
        return new int[]{col * width / grid, row * height / grid, (col + 1) * width / grid, (row + 1) * height / grid};
    }

    /** A copy of the working image with one cell filled with the mean colour. */
    static BufferedImage occluded(BufferedImage small, int grid, int row, int col) {
        BufferedImage copy = new BufferedImage(small.getWidth(), small.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(small, 0, 0, null);
        int[] b = cell(small.getWidth(), small.getHeight(), grid, row, col);
        g.setColor(FILL);
        g.fillRect(b[0], b[1], b[2] - b[0], b[3] - b[1]);
        g.dispose();
        return copy;
    }
}
