package app.affiche.ui.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Catalogue, inference and file I/O must never run on the JavaFX thread. Every such call in the UI goes through
 * {@link #requireBackground}: with {@code -Daffiche.fxguard=strict} (set for all tests) it throws, otherwise it
 * logs the first offence with its stack so a stall in the field still leaves a trace.
 */
public final class FxGuard {
    public static final String PROPERTY = "affiche.fxguard";
    private static final Logger LOG = LoggerFactory.getLogger(FxGuard.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static final AtomicInteger VIOLATIONS = new AtomicInteger();

    private FxGuard() {
    }

    public static void requireBackground(String what) {
        if (!Platform.isFxApplicationThread()) return;
        VIOLATIONS.incrementAndGet();
        String message = what + " was called on the JavaFX application thread; it must run in the background";
        if (strict()) throw new IllegalStateException(message);
        if (WARNED.compareAndSet(false, true)) LOG.warn(message, new Exception("called from here"));
    }

    public static void requireFxThread(String what) {
        if (!Platform.isFxApplicationThread() && strict()) {
            throw new IllegalStateException(what + " must run on the JavaFX application thread");
        }
    }

    /** How many times something ran on the JavaFX thread that must not (tests assert zero). */
    public static int violations() {
        return VIOLATIONS.get();
    }

    static boolean strict() {
        return "strict".equalsIgnoreCase(System.getProperty(PROPERTY, ""));
    }
}
