package app.affiche.pipeline;

import app.affiche.similar.AnnIndex;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * One pass adding posters to the similar-poster index (the first build, about 2 ms of CPU a poster, or a catch-up):
 * who hears how far it got and who may stop it. `affiche similar` prints the counts with the time left and stops
 * on Ctrl-C; the preview shows a percentage and stops when its window closes. A stopped build commits the posters
 * it has, marked {@link AnnIndex#building()}, so the next open goes on from them instead of taking them for all.
 */
public final class AnnBuild {
    /**
     * Hears the posters added so far out of this pass's total: at the start, at most ~20 times a second, and at the
     * end; for a first build or a catch-up of a thousand posters or more (a few changes pass unannounced).
     */
    @FunctionalInterface
    public interface Listener {
        void indexed(int done, int total);

        /** Every poster is in; the segments are being merged into one graph (no count to give). */
        default void merging() {
        }
    }

    private static final long REPORT_EVERY_NANOS = 50_000_000L;
    private static final int BATCH = 1000;
    /** A pass adding this many posters ends with the index merged into one segment. */
    static final int BULK = 10_000;

    private final Listener listener;
    private final BooleanSupplier stopAsked;
    private volatile boolean cancelled;
    private volatile AnnIndex merging;

    /** @param stopAsked polled between posters (e.g. a preview's cancel token); {@link #cancel()} works besides */
    public AnnBuild(Listener listener, BooleanSupplier stopAsked) {
        this.listener = listener;
        this.stopAsked = stopAsked;
    }

    /** Nobody listening; stops only by {@link #cancel()}. */
    public static AnnBuild quiet() {
        return new AnnBuild((done, total) -> { }, () -> false);
    }

    /** Stops the build at its next poster, or aborts its merge (callable from any thread, e.g. a signal's). */
    public void cancel() {
        cancelled = true;
        AnnIndex m = merging;
        if (m != null) {
            try {
                m.abort();
            } catch (IOException | RuntimeException ignored) { // already closed or aborted: stopped either way
            }
        }
    }

    public boolean cancelled() {
        return cancelled || stopAsked.getAsBoolean();
    }

    /**
     * Adds the posters (read a batch at a time) and commits. Throws {@link CancellationException} when stopped, after
     * committing what was added (a stopped merge keeps the last commit: every poster, unmerged).
     *
     * @param firstBuild the index was empty or left part-built: commit it as building until all is in and merged
     */
    void add(AnnIndex index, List<Long> ids, Function<List<Long>, Map<Long, float[]>> read, boolean firstBuild)
            throws IOException {
        long last = System.nanoTime();
        boolean heard = firstBuild || ids.size() >= BATCH; // a few changes are no news: no flicker in the window
        if (heard) listener.indexed(0, ids.size());
        int done = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (Map.Entry<Long, float[]> e : read.apply(ids.subList(from, Math.min(ids.size(), from + BATCH))).entrySet()) {
                if (cancelled()) {
                    index.commit(true);
                    throw new CancellationException("similar-poster index: stopped after " + done + " of " + ids.size());
                }
                index.put(e.getKey(), e.getValue());
                done++;
                long now = System.nanoTime();
                if (heard && now - last >= REPORT_EVERY_NANOS && done < ids.size()) {
                    last = now;
                    listener.indexed(done, ids.size());
                }
            }
        }
        if (heard) listener.indexed(ids.size(), ids.size());
        if (!firstBuild) {
            index.commit();
            return;
        }
        index.commit(true); // every poster is in: an aborted merge below loses none of them
        merging = index;
        try {
            if (index.size() >= BULK && index.segments() > 1) {
                listener.merging();
                if (cancelled()) throw new CancellationException("stopped before merging");
                index.optimise();
            }
            index.commit(false);
        } catch (IOException | RuntimeException e) {
            if (cancelled()) throw new CancellationException("similar-poster index: merge stopped (every poster is in)");
            throw e;
        } finally {
            merging = null;
        }
    }
}
