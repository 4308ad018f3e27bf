package app.affiche.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-item state of a batch and its counts. Every change goes through here under one lock, so listener
 * calls are serialised; progress events are throttled to at most one per 50 ms (plus the final one).
 */
final class BatchState {
    private static final long PROGRESS_EVERY_NANOS = 50_000_000L;

    private final ImportListener listener;
    private final List<ImportItem> items = new ArrayList<>();
    private final long start = System.nanoTime();
    private final int[] counts = new int[ItemState.values().length];
    private boolean walking = true;
    private long lastProgress = start - PROGRESS_EVERY_NANOS;

    BatchState(ImportListener listener) {
        this.listener = listener == null ? ImportListener.NONE : listener;
    }

    synchronized ImportItem add(String path, ItemState state, String reason) {
        ImportItem item = new ImportItem(items.size(), path, state, reason, null);
        items.add(item);
        counts[state.ordinal()]++;
        changed(item);
        return item;
    }

    synchronized ImportItem update(ImportItem item, ItemState state, String reason, Long posterId) {
        ImportItem current = items.get(item.index());
        ImportItem next = current.with(state, reason, posterId);
        items.set(item.index(), next);
        counts[current.state().ordinal()]--;
        counts[state.ordinal()]++;
        changed(next);
        return next;
    }

    synchronized void walkingDone() {
        walking = false;
    }

    private void changed(ImportItem item) {
        listener.itemChanged(item);
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
            lastProgress = now;
            listener.progress(progress());
        }
    }

    private ImportProgress progress() {
        return new ImportProgress(items.size(), counts[ItemState.DONE.ordinal()],
                counts[ItemState.SKIPPED_DUPLICATE.ordinal()], counts[ItemState.FAILED.ordinal()],
                counts[ItemState.CANCELLED.ordinal()], walking, (System.nanoTime() - start) / 1_000_000);
    }

    synchronized ImportReport report(boolean cancelled) {
        listener.progress(progress());
        return new ImportReport(items, cancelled, (System.nanoTime() - start) / 1_000_000);
    }
}
