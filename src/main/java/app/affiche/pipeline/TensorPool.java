package app.affiche.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A fixed number of reusable tensor buffers: bounds the pipeline's memory and spares the GC 600 KB per poster. */
final class TensorPool {
    private final BlockingQueue<float[]> free;
    private final int length;
    private int created;
    private final int capacity;

    TensorPool(int capacity, int length) {
        this.free = new ArrayBlockingQueue<>(capacity);
        this.capacity = capacity;
        this.length = length;
    }

    /** A free buffer, allocated lazily up to the capacity, then waiting for one to come back. */
    float[] take() throws InterruptedException {
        float[] b = free.poll();
        if (b != null) return b;
        synchronized (this) {
            if (created < capacity) {
                created++;
                return new float[length];
            }
        }
        return free.take();
    }

    void release(float[] buffer) {
        free.offer(buffer);
    }
}
