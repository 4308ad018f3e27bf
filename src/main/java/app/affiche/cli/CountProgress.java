package app.affiche.cli;

import java.io.PrintStream;
import java.util.function.BiConsumer;

/**
 * "what d/t, time left" on stderr for a long command that counts items (tag, eval's embedding), at most twice a
 * second and once at the end; nothing for a run too short to need it.
 */
final class CountProgress implements BiConsumer<Integer, Integer> {
    private final String what;
    private final PrintStream err = System.err;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean shown;

    CountProgress(String what) {
        this.what = what;
    }

    @Override
    public synchronized void accept(Integer done, Integer total) {
        long now = System.nanoTime();
        boolean end = done >= total;
        if (end ? !shown : now - last < 500_000_000L) return;
        last = now;
        shown = true;
        err.printf("\r%s %d/%d%s   %s", what, done, total, Eta.left(done, total, now - start),
                end ? System.lineSeparator() : "");
        err.flush();
    }
}
