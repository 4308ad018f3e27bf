package app.affiche.embedding;

import java.awt.image.BufferedImage;
import java.util.List;

/** Turns decoded posters into embedding vectors. One warm session, reused; batch in, one vector per image out. */
public interface Encoder extends AutoCloseable {
    /** Manifest id, e.g. "mobilenetv2-fp32". Embeddings of different ids are never mixed. */
    String id();

    int dimension();

    /** What really runs, e.g. "CPU" or "GPU (CUDA, device 0)". */
    String device();

    float[][] embed(List<BufferedImage> images) throws EncoderException;

    /** The preprocessing this encoder's input needs, so callers can run it on worker threads. */
    Preprocessor preprocessor();

    /**
     * Embeds {@code count} images already turned into tensors by {@link #preprocessor()}, packed one after
     * another in {@code tensors} (at least count x tensorLength floats). Thread-safe.
     */
    float[][] embedTensors(float[] tensors, int count) throws EncoderException;

    /**
     * One vector per view tensor, not averaged: {@code count} views (each {@link Preprocessor#viewLength()}
     * floats) packed in {@code viewTensors}, of any images. {@link #meanOfViews} of an image's views gives
     * exactly what {@link #embedTensors} returns for it, so a caller that knows a view is unchanged can reuse its
     * vector (the occlusion heatmap). Thread-safe.
     */
    float[][] embedViews(float[] viewTensors, int count) throws EncoderException;

    /** One vector per image from its {@code views} consecutive view vectors: their mean, as the encoder takes it. */
    static float[][] meanOfViews(float[][] perView, int views) {
        float[][] out = new float[perView.length / views][];
        for (int i = 0; i < out.length; i++) {
            float[] mean = perView[i * views].clone();
            for (int v = 1; v < views; v++) {
                float[] other = perView[i * views + v];
                for (int d = 0; d < mean.length; d++) mean[d] += other[d];
            }
            for (int d = 0; d < mean.length; d++) mean[d] /= views;
            out[i] = mean;
        }
        return out;
    }

    /**
     * This encoder's model on a session whose every run takes one core, for a caller that runs several at once (the
     * heatmap's copies): side by side on a session with a thread per core, the runs' threads contend for the cores
     * (on 2 cores 1,185 against 995 ms CPU a heatmap). Opened on first use and closed with this encoder; this one
     * where that would gain nothing (a GPU, a one-thread session).
     */
    default Encoder sideBySide() throws EncoderException {
        return this;
    }

    @Override
    void close();
}
