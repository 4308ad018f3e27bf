package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import app.affiche.poster.Prediction;
import app.affiche.embedding.EncoderException;
import app.affiche.imaging.ImageOps;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Which regions of a poster drive one genre: grey out each cell of a grid in turn, embed all copies in a few
 * encoder batches, and measure how far the genre's probability falls. The poster is first shrunk so its longer
 * side is the encoder's input size, so the copies are cheap to make and the encoder does no further downscaling.
 * Cells are filled with the ImageNet mean colour, which the encoder's normalisation maps to zero.
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

    public OcclusionSensitivity(Encoder encoder, PreviewPredictor predictor, int grid, int batchSize) {
        if (grid < 2 || batchSize < 1) throw new IllegalArgumentException("grid >= 2 and batch >= 1 needed");
        this.encoder = encoder;
        this.predictor = predictor;
        this.grid = grid;
        this.batchSize = batchSize;
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
     * ({@code score}), e.g. a decade's probability; {@code target} names it in the map.
     */
    public OcclusionMap compute(BufferedImage poster, String target, java.util.function.ToDoubleFunction<Prediction> score,
                                BooleanSupplier cancelled, DoubleConsumer progress) throws EncoderException {
        long start = System.nanoTime();
        BufferedImage small = ImageOps.fitWithin(poster, WORKING_SIDE);
        List<BufferedImage> copies = new ArrayList<>(grid * grid + 1);
        copies.add(small);
        for (int r = 0; r < grid; r++) for (int c = 0; c < grid; c++) copies.add(occluded(small, r, c));
        double[] probabilities = new double[copies.size()];
        for (int from = 0; from < copies.size(); from += batchSize) {
            if (cancelled.getAsBoolean()) throw new CancellationException("heatmap cancelled");
            int to = Math.min(copies.size(), from + batchSize);
            float[][] embeddings = encoder.embed(copies.subList(from, to));
            for (int i = from; i < to; i++) probabilities[i] = score.applyAsDouble(predictor.predict(embeddings[i - from]));
            progress.accept((double) to / copies.size());
        }
        double[] drops = new double[grid * grid];
        for (int i = 0; i < drops.length; i++) drops[i] = probabilities[0] - probabilities[i + 1];
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new OcclusionMap(target, grid, grid, drops, probabilities[0], batchSize, millis);
    }

    /** The cell's pixel bounds {x0, y0, x1, y1} (exclusive ends) in an image of the given size. */
    static int[] cell(int width, int height, int grid, int row, int col) {
        return new int[]{col * width / grid, row * height / grid, (col + 1) * width / grid, (row + 1) * height / grid};
    }

    private BufferedImage occluded(BufferedImage small, int row, int col) {
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
