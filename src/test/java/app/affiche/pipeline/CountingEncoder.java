package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Preprocessor;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A real encoder, counting the view inferences it is asked for (one per view of each image). */
final class CountingEncoder implements Encoder {
    final AtomicInteger inferences = new AtomicInteger();
    private final Encoder real;

    CountingEncoder(Encoder real) {
        this.real = real;
    }

    @Override public String id() { return real.id(); }
    @Override public int dimension() { return real.dimension(); }
    @Override public String device() { return real.device(); }
    @Override public Preprocessor preprocessor() { return real.preprocessor(); }
    @Override public void close() { }

    @Override
    public float[][] embed(List<BufferedImage> images) throws EncoderException {
        inferences.addAndGet(images.size() * preprocessor().viewCount());
        return real.embed(images);
    }

    @Override
    public float[][] embedTensors(float[] tensors, int count) throws EncoderException {
        inferences.addAndGet(count * preprocessor().viewCount());
        return real.embedTensors(tensors, count);
    }

    @Override
    public float[][] embedViews(float[] viewTensors, int count) throws EncoderException {
        inferences.addAndGet(count);
        return real.embedViews(viewTensors, count);
    }
}
