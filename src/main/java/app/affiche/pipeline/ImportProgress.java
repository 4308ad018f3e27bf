package app.affiche.pipeline;

/**
 * Counts so far. {@code found} grows while folders are still being walked ({@code walking} true).
 * Emitted at most ~20 times a second, plus once at the end.
 */
public record ImportProgress(int found, int done, int skipped, int failed, int cancelled, boolean walking,
                             long elapsedMillis) {
    public int finished() {
        return done + skipped + failed + cancelled;
    }
}
