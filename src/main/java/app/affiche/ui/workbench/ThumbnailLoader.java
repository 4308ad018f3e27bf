package app.affiche.ui.workbench;

import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.LruCache;
import javafx.scene.image.Image;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Grid thumbnails: read from the catalogue and decoded off the JavaFX thread, most recent request first, kept in a
 * bounded LRU so scrolling back is instant and 100,000 posters never sit in memory. The tiles a scroll is about to
 * show are decoded ahead ({@link #prefetch}), so they find their thumbnail cached and show it in the same frame.
 * A thumbnail being decoded is never decoded twice: later requests wait for it.
 */
public final class ThumbnailLoader implements Thumbnails {
    public static final int CACHE_SIZE = 1500;
    private final CatalogueGateway gateway;
    private final Executor background;
    private final Executor ahead;
    private final Executor ui;
    private final LruCache<Long, Image> cache = new LruCache<>(CACHE_SIZE);
    /** Thumbnails being decoded and who waits for them; FX thread only. */
    private final Map<Long, List<Consumer<Image>>> inFlight = new HashMap<>();
    /** Queued to be decoded ahead and not started: whoever takes one out first decodes it. */
    private final java.util.Set<Long> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Queued ahead, then asked for by a tile: decoded at once on the tiles' pool (FX thread only). */
    private final java.util.Set<Long> rushed = new java.util.HashSet<>();
    private final java.util.concurrent.atomic.AtomicInteger requested = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger decoded = new java.util.concurrent.atomic.AtomicInteger();

    public ThumbnailLoader(CatalogueGateway gateway, Executor background, Executor ui) {
        this(gateway, background, background, ui);
    }

    /** @param ahead where thumbnails decoded ahead of the grid run (apart, so they never delay a tile on screen) */
    public ThumbnailLoader(CatalogueGateway gateway, Executor background, Executor ahead, Executor ui) {
        this.gateway = gateway;
        this.background = background;
        this.ahead = ahead;
        this.ui = ui;
    }

    /** Calls {@code onLoaded} on the UI thread with the thumbnail (at once if cached), or with null if there is none. */
    @Override
    public void load(long posterId, Consumer<Image> onLoaded) {
        Image cached = cache.get(posterId);
        if (cached != null) {
            onLoaded.accept(cached);
            return;
        }
        List<Consumer<Image>> waiting = inFlight.get(posterId);
        if (waiting != null) {
            waiting.add(onLoaded);
            // still queued behind others decoded ahead: a tile on screen does not wait for them
            if (queued.contains(posterId) && rushed.add(posterId)) background.execute(() -> {
                if (queued.remove(posterId)) decodeAndFinish(posterId);
            });
            return;
        }
        inFlight.put(posterId, new ArrayList<>(List.of(onLoaded)));
        if (requested.incrementAndGet() == 1) app.affiche.poster.StartupTrace.mark("thumbnails: first requested");
        background.execute(() -> {
            int n = decoded.incrementAndGet();
            if (n == 1 || n % 20 == 0) app.affiche.poster.StartupTrace.mark("thumbnails: decoding #" + n);
            decodeAndFinish(posterId);
        });
    }

    /** Background thread: decode, cache, and hand the thumbnail to those waiting (on the UI thread). */
    private void decodeAndFinish(long posterId) {
        Image image = decodeIfReachable(posterId);
        if (image != null) cache.put(posterId, image);
        ui.execute(() -> done(posterId, image));
    }

    /**
     * As {@link #decode}; a team catalogue's server away leaves the tile blank (not cached, so it is asked again
     * later): the user's own actions say why, one message each, instead of one per tile.
     */
    private Image decodeIfReachable(long posterId) {
        try {
            return decode(posterId);
        } catch (app.affiche.catalogue.CatalogueException unreachable) {
            org.slf4j.LoggerFactory.getLogger(ThumbnailLoader.class).debug("thumbnail {} not read", posterId, unreachable);
            return null;
        }
    }

    /**
     * UI thread: decodes the thumbnails of these posters that are neither cached nor being decoded, in the
     * background (one task, in order), into the cache.
     */
    public void prefetch(List<Long> posterIds) {
        List<Long> todo = new ArrayList<>();
        for (long id : posterIds) {
            if (cache.get(id) != null || inFlight.containsKey(id)) continue;
            inFlight.put(id, new ArrayList<>());
            todo.add(id);
        }
        if (todo.isEmpty()) return;
        queued.addAll(todo);
        ahead.execute(() -> {
            for (long id : todo) {
                if (queued.remove(id)) decodeAndFinish(id);
            }
        });
    }

    private void done(long posterId, Image image) {
        rushed.remove(posterId);
        List<Consumer<Image>> waiting = inFlight.remove(posterId);
        if (waiting != null) waiting.forEach(w -> w.accept(image));
    }

    /** Reads and decodes one thumbnail (null: none, or not decodable). Background thread; not cached here. */
    Image decode(long posterId) {
        return gateway.thumbnail(posterId)
                .map(bytes -> new Image(new ByteArrayInputStream(bytes)))
                .filter(i -> !i.isError())
                .orElse(null);
    }

    /** Caches a thumbnail decoded ahead ({@link FirstScreen}). */
    void put(long posterId, Image image) {
        cache.put(posterId, image);
    }

    public Image cached(long posterId) {
        return cache.get(posterId);
    }

    public void forget(long posterId) {
        cache.remove(posterId);
    }
}
