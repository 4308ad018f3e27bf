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

    @Override
    void close();
}
