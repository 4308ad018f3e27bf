package app.affiche.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress reaches the UI at most once per interval, and the last value always arrives. */
class UiThrottleTest {
    @Test
    void coalescesWithinTheIntervalAndDeliversTheLatest() throws Exception {
        List<Integer> delivered = new ArrayList<>();
        AtomicLong now = new AtomicLong(1_000_000_000L);
        UiThrottle<Integer> t = new UiThrottle<>(Runnable::run, v -> {
            synchronized (delivered) {
                delivered.add(v);
            }
        }, 50_000_000L, now::get);
        t.offer(1);
        for (int i = 2; i <= 100; i++) t.offer(i);
        synchronized (delivered) {
            assertEquals(List.of(1), delivered, "values inside the interval wait");
        }
        now.addAndGet(60_000_000L);
        t.offer(101);
        synchronized (delivered) {
            assertEquals(List.of(1, 101), delivered);
        }
        t.offer(102);
        t.flush();
        synchronized (delivered) {
            assertEquals(List.of(1, 101, 102), delivered, "flush delivers the pending value at once");
        }
    }

    @Test
    void aValueLeftPendingArrivesOnItsOwnAfterTheInterval() throws Exception {
        List<Integer> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        UiThrottle<Integer> t = new UiThrottle<>(Runnable::run, delivered::add, 30);
        t.offer(1);
        t.offer(2);
        long deadline = System.currentTimeMillis() + 2000;
        while (delivered.size() < 2 && System.currentTimeMillis() < deadline) Thread.sleep(5);
        assertEquals(List.of(1, 2), delivered);
        assertTrue(true);
    }
}
