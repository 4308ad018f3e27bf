package app.affiche.cli;

import app.affiche.pipeline.EmbedBatch;

import java.util.function.Consumer;

/** Progress on stderr with the time left, at most twice a second, so it never slows the batch. */
final class ProgressLine implements Consumer<EmbedBatch.Progress> {
    private final long start = System.nanoTime();
    private long last;

    @Override
    public void accept(EmbedBatch.Progress p) {
        long now = System.nanoTime();
        boolean end = p.embedded() + p.failed() == p.total();
        if (!end && now - last < 500_000_000L) return;
        last = now;
        double s = (now - start) / 1e9;
        System.err.printf("\rembedded %d/%d, %d failed, %.1f posters/s%s   %s", p.embedded(), p.total(), p.failed(),
                p.embedded() / Math.max(s, 1e-9), Eta.left(p.embedded() + p.failed(), p.total(), now - start),
                end ? System.lineSeparator() : "");
    }
}
