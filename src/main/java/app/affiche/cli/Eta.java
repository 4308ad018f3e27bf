package app.affiche.cli;

import java.util.Locale;

/** Time left for a long command's progress line, from the pace so far (as the window's bottom bar says it). */
final class Eta {
    private Eta() {
    }

    /** "about 3 min left", "12 s left", or "" until there is a pace to go by (or nothing is left). */
    static String left(long finished, long total, long elapsedNanos) {
        if (finished <= 0 || finished >= total || elapsedNanos < 1_000_000_000L) return "";
        double seconds = elapsedNanos / 1e9 * (total - finished) / finished;
        if (seconds < 60) return String.format(Locale.ROOT, ", %d s left", Math.max(1, Math.round(seconds)));
        if (seconds < 3600) return String.format(Locale.ROOT, ", about %d min left", Math.round(seconds / 60));
        return String.format(Locale.ROOT, ", about %.1f h left", seconds / 3600);
    }
}
