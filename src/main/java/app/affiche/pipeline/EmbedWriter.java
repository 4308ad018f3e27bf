package app.affiche.pipeline;

import app.affiche.pipeline.EmbedBatch.Item;
import app.affiche.pipeline.EmbedBatch.Progress;
import app.affiche.pipeline.EmbedBatch.Sink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The embed batch's writer thread: stores results through the sink, off the inference thread. What has queued up
 * meanwhile is stored in one go ({@link Sink#storedAll}), so a durable catalogue pays one fsync per group, not
 * per poster.
 */
final class EmbedWriter implements Runnable {
    private record Outcome(Item item, float[] vector, String error) {
    }

    private static final Outcome END = new Outcome(null, null, null);
    /** Most outcomes stored per transaction. */
    private static final int BATCH = 256;

    private final BlockingQueue<Outcome> queue = new ArrayBlockingQueue<>(1024);
    private final Sink sink;
    private final Consumer<Progress> progress;
    private final int total;
    private volatile int embedded;
    private volatile int failed;

    EmbedWriter(Sink sink, Consumer<Progress> progress, int total) {
        this.sink = sink;
        this.progress = progress;
        this.total = total;
    }

    void stored(Item item, float[] vector) throws InterruptedException {
        queue.put(new Outcome(item, vector, null));
    }

    void failed(Item item, String reason) throws InterruptedException {
        queue.put(new Outcome(item, null, reason));
    }

    /** No more outcomes; the thread drains what is queued and ends. Not interruptible: results must land. */
    void finish() {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                queue.put(END);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    int embedded() {
        return embedded;
    }

    int failed() {
        return failed;
    }

    @Override
    public void run() {
        List<Outcome> drained = new ArrayList<>(BATCH);
        while (true) {
            try {
                drained.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only finish() ends the writer, so nothing computed is lost
            }
            queue.drainTo(drained, BATCH - 1);
            boolean end = store(drained);
            drained.clear();
            progress.accept(new Progress(embedded, failed, total));
            if (end) return;
        }
    }

    /** Stores what was drained: vectors together (one transaction, one fsync), failures one by one. True at END. */
    private boolean store(List<Outcome> drained) {
        Map<Long, float[]> vectors = new LinkedHashMap<>();
        boolean end = false;
        for (Outcome o : drained) {
            if (o == END) {
                end = true;
            } else if (o.error() == null) {
                vectors.put(o.item().posterId(), o.vector());
            } else {
                one(o);
            }
        }
        if (vectors.isEmpty()) return end;
        try {
            sink.storedAll(vectors);
            embedded += vectors.size();
        } catch (RuntimeException e) {
            // The transaction rolled back: store one at a time, so one bad row does not cost the others.
            vectors.forEach((id, v) -> one(new Outcome(new Item(id, null), v, null)));
        }
        return end;
    }

    private void one(Outcome o) {
        try {
            if (o.error() == null) {
                sink.stored(o.item().posterId(), o.vector());
                embedded++;
            } else {
                sink.failed(o.item().posterId(), o.error());
                failed++;
            }
        } catch (RuntimeException e) {
            failed++;
            System.err.println("could not store the result for poster " + o.item().posterId() + ": " + e.getMessage());
        }
    }
}
