package app.affiche.poster;

import java.lang.management.ManagementFactory;

/**
 * Start-up profile behind a debug flag: with {@code -Daffiche.trace.startup=true} each {@link #mark} prints on
 * stderr how long after the JVM started it was reached, and on which thread, so the way to the first screen of
 * thumbnails can be read step by step (no JavaFX here: every layer may mark).
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("affiche.trace.startup");

    private StartupTrace() {
    }

    public static boolean on() {
        return ON;
    }

    public static void mark(String step) {
        if (!ON) return;
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("startup %6d ms  [%s] %s%n", ms, Thread.currentThread().getName(), step);
    }
}
