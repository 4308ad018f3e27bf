package app.affiche.pipeline;

import app.affiche.pipeline.EmbedBatch.Item;
import app.affiche.pipeline.EmbedBatch.Progress;
import app.affiche.pipeline.EmbedBatch.Sink;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/** The embed batch's writer thread: stores results through the sink, off the inference thread, in arrival order. */
final class EmbedWriter implements Runnable {
    private record Outcome(Item item, float[] vector, String error) {
    }

    private static final Outcome END = new Outcome(null, null, null);

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
        while (true) {
            Outcome o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                continue; // only finish() ends the writer, so nothing computed is lost
            }
            if (o == END) return;
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
            progress.accept(new Progress(embedded, failed, total));
        }
    }
}
