package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Preprocessor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Embeds many posters as a pipeline: worker threads decode and preprocess into pooled tensors, the calling
 * thread runs full batches through the encoder, a writer thread hands results to the sink. Queues and the
 * tensor pool are bounded, so memory stays flat however many posters there are; the model never waits for
 * JPEG decoding unless the workers are too few. A failed image is reported to the sink with its reason and
 * the batch goes on. {@link #cancel()} stops taking new posters; everything already embedded is stored.
 */
public final class EmbedBatch {
    /** A poster to embed. */
    public record Item(long posterId, Path file) {
    }

    /** Where results go: a catalogue in production, a list in tests. Called from one writer thread. */
    public interface Sink {
        void stored(long posterId, float[] embedding);

        /** Several results at once (poster id -> vector, in arrival order); all stored or none (then it throws). */
        default void storedAll(Map<Long, float[]> embeddings) {
            embeddings.forEach(this::stored);
        }

        void failed(long posterId, String reason);
    }

    @FunctionalInterface
    public interface ImageLoader {
        BufferedImage load(Path file) throws IOException;
    }

    /**
     * @param batchSize       images per inference call: an encoder with several views per poster gets
     *                        batchSize / views posters a call, so native memory does not grow with the views
     * @param workers         decode/preprocess threads
     * @param inferenceThreads threads each running whole batches on the shared session (with a one-thread session
     *                         per core this beats one multi-threaded call: no barrier between operators)
     */
    public record Settings(int batchSize, int workers, int inferenceThreads) {
        public Settings {
            if (batchSize < 1 || workers < 1 || inferenceThreads < 1) {
                throw new IllegalArgumentException("batch size, workers and inference threads must be >= 1");
            }
        }

        public Settings(int batchSize, int workers) {
            this(batchSize, workers, 1);
        }
    }

    public record Progress(int embedded, int failed, int total) {
    }

    public record Result(int embedded, int failed, boolean cancelled) {
    }

    private final Encoder encoder;
    private final ImageLoader loader;
    private final Settings settings;
    private volatile boolean cancelled;

    public EmbedBatch(Encoder encoder, ImageLoader loader, Settings settings) {
        this.encoder = encoder;
        this.loader = loader;
        this.settings = settings;
    }

    public void cancel() {
        cancelled = true;
    }

    /** Runs to the end (or until cancelled) and returns the counts; progress is reported from the writer thread. */
    public Result run(List<Item> items, Sink sink, Consumer<Progress> progress) throws InterruptedException {
        Preprocessor pre = encoder.preprocessor();
        int batch = postersPerBatch(settings, pre);
        int inferers = settings.inferenceThreads();
        int slots = inferers * batch + 2 * settings.workers();
        BlockingQueue<Prepared> prepared = new ArrayBlockingQueue<>(slots + inferers);
        TensorPool pool = new TensorPool(slots, pre.tensorLength());
        EmbedWriter writer = new EmbedWriter(sink, progress, items.size());
        Thread writerThread = Thread.ofPlatform().name("embed-writer").start(writer);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger decoding = new AtomicInteger(settings.workers());
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < settings.workers(); w++) {
            threads.add(Thread.ofPlatform().name("embed-decode-" + w).daemon().start(
                    new Decoder(items, next, decoding, prepared, pool, pre)));
        }
        List<Thread> inference = new ArrayList<>();
        for (int i = 1; i < inferers; i++) {
            inference.add(Thread.ofPlatform().name("embed-infer-" + i).start(() -> inferQuietly(prepared, pool, writer)));
        }
        try {
            infer(prepared, pool, writer); // the caller's thread is one of the inference threads
            for (Thread t : inference) t.join();
        } finally {
            cancelled = cancelled || Thread.currentThread().isInterrupted();
            for (Thread t : threads) t.interrupt();
            for (Thread t : inference) t.interrupt();
            writer.finish();
            writerThread.join();
        }
        return new Result(writer.embedded(), writer.failed(), cancelled);
    }

    /** Posters per inference call: the batch size counts images, and each poster is one image per view. */
    public static int postersPerBatch(Settings settings, Preprocessor pre) {
        return Math.max(1, settings.batchSize() / pre.viewCount());
    }

    private void inferQuietly(BlockingQueue<Prepared> prepared, TensorPool pool, EmbedWriter writer) {
        try {
            infer(prepared, pool, writer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One inference thread: fill a batch, run it, hand the vectors to the writer; a partial batch runs at the end. */
    private void infer(BlockingQueue<Prepared> prepared, TensorPool pool, EmbedWriter writer) throws InterruptedException {
        int batch = postersPerBatch(settings, encoder.preprocessor());
        int len = encoder.preprocessor().tensorLength();
        float[] buffer = new float[batch * len];
        List<Item> inBatch = new ArrayList<>(batch);
        while (true) {
            Prepared p = prepared.take();
            if (p == Prepared.END) break;
            if (p.tensor() == null) {
                writer.failed(p.item(), p.error());
                continue;
            }
            System.arraycopy(p.tensor(), 0, buffer, inBatch.size() * len, len);
            pool.release(p.tensor());
            inBatch.add(p.item());
            if (inBatch.size() == batch) {
                runBatch(buffer, inBatch, writer);
                inBatch.clear();
            }
        }
        if (!inBatch.isEmpty()) runBatch(buffer, inBatch, writer);
    }

    private void runBatch(float[] buffer, List<Item> inBatch, EmbedWriter writer) throws InterruptedException {
        try {
            float[][] vectors = encoder.embedTensors(buffer, inBatch.size());
            for (int i = 0; i < inBatch.size(); i++) writer.stored(inBatch.get(i), vectors[i]);
        } catch (EncoderException e) {
            for (Item item : inBatch) writer.failed(item, e.getMessage());
        }
    }

    /** Decoded and preprocessed poster, or its failure. */
    record Prepared(Item item, float[] tensor, String error) {
        static final Prepared END = new Prepared(null, null, null);
    }

    /** A worker: takes the next poster, decodes, preprocesses into a pooled tensor, queues it. */
    private final class Decoder implements Runnable {
        private final List<Item> items;
        private final AtomicInteger next;
        private final AtomicInteger decoding;
        private final BlockingQueue<Prepared> out;
        private final TensorPool pool;
        private final Preprocessor pre;

        Decoder(List<Item> items, AtomicInteger next, AtomicInteger decoding, BlockingQueue<Prepared> out, TensorPool pool,
                Preprocessor pre) {
            this.items = items;
            this.next = next;
            this.decoding = decoding;
            this.out = out;
            this.pool = pool;
            this.pre = pre;
        }

        @Override
        public void run() {
            try {
                for (int i; !cancelled && (i = next.getAndIncrement()) < items.size(); ) out.put(prepare(items.get(i)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                // The last worker out tells every inference thread; all its posters are queued before the markers.
                if (decoding.decrementAndGet() == 0) endAll();
            }
        }

        private void endAll() {
            for (int t = 0; t < settings.inferenceThreads(); t++) {
                try {
                    out.put(Prepared.END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private Prepared prepare(Item item) throws InterruptedException {
            BufferedImage image;
            try {
                image = loader.load(item.file());
            } catch (IOException | RuntimeException e) {
                return new Prepared(item, null, reason(item, e));
            }
            float[] tensor = pool.take();
            try {
                pre.write(image, tensor, 0);
                return new Prepared(item, tensor, null);
            } catch (RuntimeException e) {
                pool.release(tensor);
                return new Prepared(item, null, reason(item, e));
            }
        }
    }

    private static String reason(Item item, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.contains(item.file().toString()) ? message : item.file() + ": " + message;
    }
}
