package app.affiche.ui.workbench;

import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.LruCache;
import javafx.scene.image.Image;

import java.io.ByteArrayInputStream;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Grid thumbnails: read from the catalogue and decoded off the JavaFX thread, most recent request first, kept in a
 * bounded LRU so scrolling back is instant and 100,000 posters never sit in memory.
 */
public final class ThumbnailLoader implements Thumbnails {
    public static final int CACHE_SIZE = 1500;
    private final CatalogueGateway gateway;
    private final Executor background;
    private final Executor ui;
    private final LruCache<Long, Image> cache = new LruCache<>(CACHE_SIZE);
    private final java.util.concurrent.atomic.AtomicInteger requested = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger decoded = new java.util.concurrent.atomic.AtomicInteger();

    public ThumbnailLoader(CatalogueGateway gateway, Executor background, Executor ui) {
        this.gateway = gateway;
        this.background = background;
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
        if (requested.incrementAndGet() == 1) app.affiche.poster.StartupTrace.mark("thumbnails: first requested");
        background.execute(() -> {
            int n = decoded.incrementAndGet();
            if (n == 1 || n % 20 == 0) app.affiche.poster.StartupTrace.mark("thumbnails: decoding #" + n);
            Image image = decodeIfReachable(posterId);
            if (image != null) cache.put(posterId, image);
            ui.execute(() -> onLoaded.accept(image));
        });
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
