package app.affiche.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Copies the latest value from a busy worker to the UI at most once per interval (50 ms: ~20 times a second).
 * Values in between are coalesced and the last one always arrives, at the latest one interval later.
 * {@code ui} is Platform::runLater in the app and a direct executor in tests.
 */
public final class UiThrottle<T> {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "affiche-ui-throttle");
        t.setDaemon(true);
        return t;
    });

    private final Executor ui;
    private final Consumer<T> sink;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean timerArmed = new AtomicBoolean();
    private final AtomicLong lastDelivered = new AtomicLong(Long.MIN_VALUE / 2);

    public UiThrottle(Executor ui, Consumer<T> sink) {
        this(ui, sink, TimeUnit.MILLISECONDS.toNanos(50), System::nanoTime);
    }

    /** At most one delivery per {@code intervalMillis}. */
    public UiThrottle(Executor ui, Consumer<T> sink, long intervalMillis) {
        this(ui, sink, TimeUnit.MILLISECONDS.toNanos(intervalMillis), System::nanoTime);
    }

    UiThrottle(Executor ui, Consumer<T> sink, long intervalNanos, LongSupplier clock) {
        this.ui = ui;
        this.sink = sink;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
    }

    /** Offers a value: delivered now if the interval has passed, otherwise when it has. */
    public void offer(T value) {
        latest.set(value);
        long wait = intervalNanos - (clock.getAsLong() - lastDelivered.get());
        if (wait <= 0) deliver();
        else if (timerArmed.compareAndSet(false, true)) {
            TIMER.schedule(() -> {
                timerArmed.set(false);
                deliver();
            }, wait, TimeUnit.NANOSECONDS);
        }
    }

    /** Delivers the pending value now, whatever the interval (end of a batch). */
    public void flush() {
        deliver();
    }

    private void deliver() {
        T value = latest.getAndSet(null);
        if (value == null) return;
        lastDelivered.set(clock.getAsLong());
        ui.execute(() -> sink.accept(value));
    }
}
