package app.affiche.ui.common;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Executors whose failures all reach one handler instead of vanishing inside a Future (after Cryptomator's
 * CatchingExecutors). Threads are daemons so a closing window never waits on them.
 */
public final class CatchingExecutors {
    private CatchingExecutors() {
    }

    /** First in, first out: batch work, edits (their order matters). */
    public static ThreadPoolExecutor fifo(String name, int threads, Consumer<Throwable> onError) {
        return new Catching(threads, new LinkedBlockingQueue<>(), name, onError);
    }

    /** Last in, first out: thumbnails and pages, so what the user scrolled to last loads first. */
    public static ThreadPoolExecutor lifo(String name, int threads, Consumer<Throwable> onError) {
        return new Catching(threads, new LinkedBlockingDeque<>() {
            @Override
            public boolean offer(Runnable r) {
                return offerFirst(r);
            }
        }, name, onError);
    }

    private static final class Catching extends ThreadPoolExecutor {
        private final Consumer<Throwable> onError;

        Catching(int threads, BlockingQueue<Runnable> queue, String name, Consumer<Throwable> onError) {
            // queues are unbounded, so only a shut-down executor rejects: work offered after the window closed
            // (a late success handler chaining more) is dropped, not thrown on the JavaFX thread
            super(threads, threads, 30, TimeUnit.SECONDS, queue, daemons(name), new ThreadPoolExecutor.DiscardPolicy());
            allowCoreThreadTimeOut(true);
            this.onError = onError;
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            super.afterExecute(r, t);
            if (t == null && r instanceof Future<?> future && future.isDone() && !(r instanceof javafx.concurrent.Task)) {
                try {
                    future.get();
                } catch (CancellationException ignored) {
                    // cancelled on purpose
                } catch (ExecutionException e) {
                    t = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (t != null) onError.accept(t);
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "affiche-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
