package app.affiche.cli;

import app.affiche.pipeline.ImportListener;
import app.affiche.pipeline.ImportProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Import progress on stderr: one line rewritten with {@code \r} on a terminal; elsewhere (logs, CI) a plain
 * line every few seconds so the output stays readable.
 */
final class ProgressPrinter implements ImportListener {
    private static final long PLAIN_EVERY_MILLIS = 5_000;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastPlain = 0;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null && System.console().isTerminal();
    }

    @Override
    public void progress(ImportProgress p) {
        // no time left while the walk still finds files: the total is not known yet
        String line = String.format(Locale.ROOT, "import: %d/%d%s  new %d  duplicate %d  failed %d  (%.1f s%s)",
                p.finished(), p.found(), p.walking() ? "+" : "", p.done(), p.skipped(), p.failed(),
                p.elapsedMillis() / 1000.0,
                p.walking() ? "" : Eta.left(p.finished(), p.found(), p.elapsedMillis() * 1_000_000L));
        if (terminal) {
            err.print("\r" + line + "   ");
            if (!p.walking() && p.finished() == p.found()) err.println();
        } else if (p.elapsedMillis() - lastPlain >= PLAIN_EVERY_MILLIS) {
            lastPlain = p.elapsedMillis();
            err.println(line);
        }
        err.flush();
    }
}
