package app.affiche.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells other workbenches on a shared catalogue of the model suggestions a tagging run stored
 * ({@link PosterChangeFeed}), a chunk of posters per notification rather than one per poster, which would flood
 * their windows with reloads. A model suggestion moves no version: a curator's pending ticks never go stale by it.
 * Pending posters are told {@value #DELAY_MS} ms after the first at most, or at once when {@value #CHUNK} are
 * pending, and on close. Nothing is sent on SQLite (one workbench at a time). Thread-safe.
 */
public final class ModelNotices implements AutoCloseable {
    static final int CHUNK = 200;
    static final long DELAY_MS = 500;
    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("model-notices").daemon().unstarted(r));
    private final Catalogue catalogue;
    private final boolean shared;
    private final Set<Long> pending = new LinkedHashSet<>();
    private boolean scheduled;

    ModelNotices(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.shared = catalogue.location().postgresql();
    }

    /** A poster whose model labels were just committed. */
    public void stored(long posterId) {
        if (!shared) return;
        boolean now;
        synchronized (this) {
            pending.add(posterId);
            now = pending.size() >= CHUNK;
            if (!now && !scheduled) {
                scheduled = true;
                LATER.schedule(this::flush, DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
        if (now) flush();
    }

    /** Sends what is pending as one notification. */
    public void flush() {
        List<Long> ids;
        synchronized (this) {
            scheduled = false;
            if (pending.isEmpty()) return;
            ids = new ArrayList<>(pending);
            pending.clear();
        }
        try {
            catalogue.write("telling others of model suggestions", c -> {
                PosterVersions.notifyOthers(c, ids);
                return null;
            });
        } catch (CatalogueException closedOrLost) {
            // the suggestions are stored; the other windows see them on their next read, only later
        }
    }

    @Override
    public void close() {
        flush();
    }
}
