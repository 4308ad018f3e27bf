package app.affiche.ui.workbench;

import app.affiche.ui.common.FxGuard;
import javafx.scene.image.Image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The grid's first page of cards and the thumbnails of its first tiles, read in the background together with the
 * grid's counts when the catalogue opens. Put into the grid's list and the thumbnail cache before the grid gets its
 * items, the first screen shows whole in the first layout: otherwise it waits for two more trips through the JavaFX
 * thread (page read, then each thumbnail), each behind a busy start-up pulse. The same cards and the same decoded
 * thumbnails the grid would have read itself.
 */
record FirstScreen(List<PosterCard> cards, Map<Long, Image> thumbnails) {
    /** More than a full window of tiles (about 40 at 1360×860), fewer than a page: the rest load as usual. */
    static final int TILES = 60;

    /** Background thread: reads page 0 of {@code source}, decodes the first {@code tiles} thumbnails in parallel. */
    static FirstScreen read(PosterSource source, ThumbnailLoader loader, Executor decoders, int tiles) {
        FxGuard.requireBackground("reading the first screen");
        List<PosterCard> cards = source.page(0, PagedPosterList.PAGE);
        List<CompletableFuture<Image>> decoding = new ArrayList<>();
        List<PosterCard> first = cards.subList(0, Math.min(tiles, cards.size()));
        for (PosterCard card : first) decoding.add(CompletableFuture.supplyAsync(() -> loader.decode(card.id()), decoders));
        Map<Long, Image> images = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            Image image = decoding.get(i).join();
            if (image != null) images.put(first.get(i).id(), image);
        }
        return new FirstScreen(cards, images);
    }

    /** FX thread, before the grid gets {@code items}: its page 0 and these thumbnails are there already. */
    void seed(PagedPosterList items, ThumbnailLoader loader) {
        items.seed(0, cards);
        thumbnails.forEach(loader::put);
    }
}
