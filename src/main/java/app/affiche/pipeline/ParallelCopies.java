package app.affiche.pipeline;

import app.affiche.embedding.EncoderException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs one task per index on a few threads (the caller's among them), each taking the next index: the heatmap's
 * greyed copies, one encoder run each, side by side. Two one-copy runs at once kept both cores busy where one run
 * left them waiting at every operator's barrier. Stops at the first failure or when cancelled, and rethrows it.
 */
final class ParallelCopies {
    /** One copy's work. */
    @FunctionalInterface
    interface Task {
        void run(int index) throws EncoderException;
    }

    private ParallelCopies() {
    }

    /** Runs {@code task} for each index in [from, to) on {@code threads} threads; {@code done} after each. */
    static void run(int from, int to, int threads, Task task, BooleanSupplier cancelled, IntConsumer done)
            throws EncoderException {
        AtomicInteger next = new AtomicInteger(from);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < to; ) {
                try {
                    if (cancelled.getAsBoolean()) throw new CancellationException("heatmap cancelled");
                    task.run(i);
                    done.accept(i);
                } catch (EncoderException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) helpers.add(Thread.ofPlatform().name("heatmap-" + t).daemon().start(worker));
        worker.run();
        boolean interrupted = false;
        for (Thread t : helpers) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    failure.compareAndSet(null, new CancellationException("heatmap interrupted"));
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        switch (failure.get()) {
            case null -> { }
            case EncoderException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure.get());
        }
    }
}
