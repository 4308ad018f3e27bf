package app.affiche.embedding;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.Model;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An ONNX image encoder on one warm ONNX Runtime session (through DJL). The session is thread-safe; each call
 * takes a short-lived predictor, so concurrent calls are fine. Built by {@link Encoders}.
 */
final class OnnxEncoder implements Encoder {
    private final EncoderSpec spec;
    private final Path file;
    private final Model model;
    private final Translator translator;
    private final String device;
    private final Preprocessor preprocessor;
    private final ReentrantReadWriteLock session = new ReentrantReadWriteLock();
    private final SiblingFactory siblingFactory;
    private Encoder sibling; // guarded by session's write lock
    private volatile boolean closed;

    /** Opens this encoder's one-thread sibling; null where there is none to open. */
    interface SiblingFactory {
        Encoder open() throws EncoderException;
    }

    OnnxEncoder(EncoderSpec spec, Path file, Model model, String device, SiblingFactory siblingFactory) {
        this.spec = spec;
        this.siblingFactory = siblingFactory;
        this.translator = new Translator(spec);
        this.file = file;
        this.model = model;
        this.device = device;
        this.preprocessor = new Preprocessor(spec);
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public int dimension() {
        return spec.dimension();
    }

    @Override
    public String device() {
        return device;
    }

    Path file() {
        return file;
    }

    @Override
    public Preprocessor preprocessor() {
        return preprocessor;
    }

    @Override
    public float[][] embed(List<BufferedImage> images) throws EncoderException {
        int len = preprocessor.tensorLength();
        float[] tensors = new float[images.size() * len];
        for (int i = 0; i < images.size(); i++) preprocessor.write(images.get(i), tensors, i * len);
        return embedTensors(tensors, images.size());
    }

    @Override
    public float[][] embedTensors(float[] tensors, int count) throws EncoderException {
        if (count == 0) return new float[0][];
        if (tensors.length < count * preprocessor.tensorLength()) {
            throw new IllegalArgumentException(tensors.length + " floats for " + count + " images");
        }
        int views = preprocessor.viewCount();
        float[][] perView = run(tensors, count * views, "a batch of " + count);
        return views == 1 ? perView : Encoder.meanOfViews(perView, views);
    }

    @Override
    public float[][] embedViews(float[] viewTensors, int count) throws EncoderException {
        if (count == 0) return new float[0][];
        if (viewTensors.length < count * preprocessor.viewLength()) {
            throw new IllegalArgumentException(viewTensors.length + " floats for " + count + " views");
        }
        return run(viewTensors, count, "a batch of " + count + " views");
    }

    /** One session run over {@code viewCount} packed view tensors: one vector per view. */
    private float[][] run(float[] tensors, int viewCount, String what) throws EncoderException {
        // Read lock: close() waits for batches in flight (freeing the native session under one crashes the JVM).
        session.readLock().lock();
        try {
            if (closed) throw closed();
            try (Predictor<TensorBatch, float[][]> predictor = model.newPredictor(translator)) {
                return predictor.predict(new TensorBatch(tensors, viewCount));
            } catch (TranslateException | RuntimeException e) {
                throw new EncoderException("Encoder " + spec.id() + " (" + file + ") failed on " + what
                        + ": " + rootMessage(e), e);
            }
        } finally {
            session.readLock().unlock();
        }
    }

    @Override
    public Encoder sideBySide() throws EncoderException {
        if (siblingFactory == null) return this;
        session.writeLock().lock();
        try {
            if (closed) throw closed();
            if (sibling == null) sibling = siblingFactory.open();
            return sibling;
        } finally {
            session.writeLock().unlock();
        }
    }

    private EncoderException closed() {
        return new EncoderException("Encoder " + spec.id() + " is closed");
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public void close() {
        session.writeLock().lock();
        try {
            if (closed) return;
            closed = true;
            if (sibling != null) sibling.close();
            model.close();
        } finally {
            session.writeLock().unlock();
        }
    }

    /** count view tensors packed in data. */
    record TensorBatch(float[] data, int count) {
    }

    /** Wraps the packed floats as the named input tensor and splits the named output into one vector per image. */
    static final class Translator implements NoBatchifyTranslator<TensorBatch, float[][]> {
        private final EncoderSpec spec;

        Translator(EncoderSpec spec) {
            this.spec = spec;
        }

        @Override
        public NDList processInput(TranslatorContext ctx, TensorBatch batch) {
            int side = spec.inputSize();
            int length = batch.count() * 3 * side * side;
            // A direct buffer becomes the tensor's memory as it is; a heap one was copied into a fresh direct buffer
            // per batch (18 MB a batch of 30 views), freed only when a GC got round to it.
            FloatBuffer data = InputBuffers.take(length);
            data.put(batch.data(), 0, length).flip();
            NDArray input = ctx.getNDManager().create(data, new Shape(batch.count(), 3, side, side));
            input.setName(spec.inputName());
            return new NDList(input);
        }

        @Override
        public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
            NDArray out = output(outputs, spec.outputName());
            long[] shape = out.getShape().getShape();
            int n = (int) shape[0];
            int base = (int) (out.getShape().size() / Math.max(1, n));
            List<PooledFeature> pooled = spec.pooledList();
            if (shape.length != 2 || pooled.isEmpty() && base != spec.dimension()) {
                throw new IllegalStateException("output '" + spec.outputName() + "' has shape " + out.getShape()
                        + ", manifest says (N, " + spec.dimension() + ")");
            }
            float[][] maps = new float[pooled.size()][];
            int[][] mapShapes = new int[pooled.size()][];
            int dimension = base;
            for (int f = 0; f < pooled.size(); f++) {
                NDArray map = output(outputs, pooled.get(f).tensor());
                long[] s = map.getShape().getShape();
                if (s.length != 4 || s[0] != n) {
                    throw new IllegalStateException("tensor '" + pooled.get(f).tensor() + "' has shape " + map.getShape() + ", pooling needs (N, C, H, W)");
                }
                maps[f] = floats(map);
                mapShapes[f] = new int[]{(int) s[1], (int) (s[2] * s[3])};
                dimension += pooled.get(f).length(mapShapes[f][0]);
            }
            if (dimension != spec.dimension()) {
                throw new IllegalStateException("output '" + spec.outputName() + "' and pooled tensors give " + dimension
                        + " values per image, manifest says " + spec.dimension());
            }
            float[] flat = floats(out);
            float[][] vectors = new float[n][];
            for (int i = 0; i < n; i++) {
                float[] v = new float[dimension];
                System.arraycopy(flat, i * base, v, 0, base);
                if (!pooled.isEmpty()) PooledFeature.normalise(v, 0, base);
                int at = base;
                for (int f = 0; f < pooled.size(); f++) {
                    int channels = mapShapes[f][0], positions = mapShapes[f][1];
                    int length = pooled.get(f).length(channels);
                    pooled.get(f).pool(maps[f], i * channels * positions, channels, positions, v, at);
                    PooledFeature.normalise(v, at, length);
                    at += length;
                }
                vectors[i] = v;
            }
            return vectors;
        }

        /**
         * The values of an output, copied once from native memory (DJL's toFloatArray copies twice: into a byte
         * buffer, then into the array; half of all the bytes an embedding run allocated).
         */
        private static float[] floats(NDArray array) {
            if (array instanceof ai.djl.onnxruntime.engine.OrtNDArray ort) {
                try {
                    FloatBuffer values = ort.getTensor().getFloatBuffer();
                    if (values != null && values.hasArray() && values.arrayOffset() == 0
                            && values.array().length == values.remaining()) return values.array();
                    if (values != null) {
                        float[] copy = new float[values.remaining()];
                        values.get(copy);
                        return copy;
                    }
                } catch (RuntimeException e) {
                    // not a float tensor after all: DJL's own conversion says what is wrong
                }
            }
            return array.toFloatArray();
        }

        private static NDArray output(NDList outputs, String name) {
            NDArray out = outputs.get(name);
            if (out == null) {
                throw new IllegalStateException("no output named '" + name + "' (outputs: "
                        + String.join(", ", outputs.stream().map(NDArray::getName).toList()) + ")");
            }
            return out;
        }
    }
}
