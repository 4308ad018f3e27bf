package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Preprocessor;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/** {@link OcclusionSensitivity}'s copies embedded one per encoder run, a few runs at once on the shared session. */
final class SideBySideCopies {
    private SideBySideCopies() {
    }

    /**
     * The baseline first (the copies' unseen views take its vectors), then the copies on {@code threads} threads,
     * one encoder run each over the views the copy's cell touches: the same runs as one by one, so the same bits.
     */
    static float[][] embed(Encoder encoder, BufferedImage small, int grid, boolean everyView, int threads,
                           BooleanSupplier cancelled, DoubleConsumer progress) throws EncoderException {
        Preprocessor pre = encoder.preprocessor();
        int views = pre.viewCount(), length = pre.viewLength(), count = grid * grid + 1;
        float[][][] perView = new float[count][][];
        float[][] embeddings = new float[count][];
        AtomicInteger finished = new AtomicInteger();
        ParallelCopies.Task embed = copy -> {
            int cell = copy - 1;
            BufferedImage image = copy == 0 ? small : OcclusionSensitivity.occluded(small, grid, cell / grid, cell % grid);
            List<Integer> seen = new ArrayList<>();
            for (int v = 0; v < views; v++) {
                if (copy == 0 || everyView || OcclusionSensitivity.sees(pre, small, grid, v, cell)) seen.add(v);
            }
            float[] tensors = new float[seen.size() * length];
            for (int j = 0; j < seen.size(); j++) pre.writeView(image, seen.get(j), tensors, j * length);
            float[][] vectors = encoder.embedViews(tensors, seen.size());
            float[][] mine = new float[views][];
            for (int j = 0; j < seen.size(); j++) mine[seen.get(j)] = vectors[j];
            for (int v = 0; v < views; v++) if (mine[v] == null) mine[v] = perView[0][v];
            perView[copy] = mine;
            embeddings[copy] = Encoder.meanOfViews(mine, views)[0];
        };
        IntConsumer report = c -> {
            synchronized (finished) { // from whichever thread finished a copy, in order
                progress.accept((double) finished.incrementAndGet() / count);
            }
        };
        ParallelCopies.run(0, 1, 1, embed, cancelled, report);
        ParallelCopies.run(1, count, threads, embed, cancelled, report);
        return embeddings;
    }
}
