package app.affiche.ui.workbench;

/**
 * A snapshot of the running batch, in posters, copied to the UI at most ~20 times a second: each poster of the
 * batch ends as done, failed or skipped (already catalogued), so {@code done + failed + skipped} reaches {@code total}.
 */
public record BatchProgress(int done, int failed, int skipped, int total, long elapsedMillis, boolean running,
                            boolean paused, String current) {
    public static final BatchProgress IDLE = new BatchProgress(0, 0, 0, 0, 0, false, false, null);

    public int finished() {
        return done + failed + skipped;
    }

    public double fraction() {
        return total == 0 ? 0 : (double) finished() / total;
    }

    /** Remaining time from the pace so far, e.g. "about 2 min left"; empty until a few items have finished. */
    public String eta() {
        int left = total - finished();
        if (!running || paused || left <= 0 || finished() < 2 || elapsedMillis <= 0) return "";
        long millis = elapsedMillis * left / finished();
        long s = Math.round(millis / 1000.0);
        if (s < 60) return "about " + Math.max(1, s) + " s left";
        if (s < 3600) return "about " + Math.round(s / 60.0) + " min left";
        return String.format("about %d h %02d min left", s / 3600, (s % 3600) / 60);
    }
}
