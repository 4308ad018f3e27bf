package app.affiche.ui.workbench;

import app.affiche.pipeline.CopyIndex;
import app.affiche.pipeline.ReviewOrder;
import app.affiche.pipeline.TrainedHeads;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.FxGuard;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid in review order: the posters of a query still awaiting review, least certain first
 * ({@link ReviewOrder}), ranked once in the background when the order is chosen or the filters change, then paged
 * like the catalogue's own order. A poster saved meanwhile keeps its place, so → goes on to the next least certain.
 */
public final class RankedPosterSource implements PosterSource {
    private final CatalogueGateway gateway;
    private final List<Long> ids;
    private final CopyIndex copies;

    private RankedPosterSource(CatalogueGateway gateway, List<Long> ids, CopyIndex copies) {
        this.gateway = gateway;
        this.ids = List.copyOf(ids);
        this.copies = copies;
    }

    /** Ranks by the thresholds in force for the encoder's heads (the curator's where he set them). */
    public static RankedPosterSource open(CatalogueGateway gateway, GridQuery query, String encoderId, CopyIndex copies) {
        FxGuard.requireBackground("ranking posters for review");
        if (query.state() != null && query.state() != PosterState.SUGGESTED) return new RankedPosterSource(gateway, List.of(), copies);
        var inForce = encoderId == null ? (java.util.function.ToDoubleBiFunction<String, Double>) (g, t) -> t
                : TrainedHeads.inForce(gateway.catalogue(), encoderId);
        List<Long> ids = ReviewOrder.leastCertainFirst(gateway.catalogue(), query.toFilter(Integer.MAX_VALUE, 0), inForce)
                .stream().map(ReviewOrder.Ranked::posterId).toList();
        return new RankedPosterSource(gateway, ids, copies);
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public List<PosterCard> page(int offset, int limit) {
        List<PosterCard> cards = new ArrayList<>();
        for (long id : ids.subList(Math.min(offset, ids.size()), Math.min(ids.size(), offset + limit))) {
            PosterCard card = CataloguePosterSource.card(gateway, id, copies); // with its copies badge
            if (card != null) cards.add(card); // removed meanwhile: the page is one shorter until the next ranking
        }
        return cards;
    }

    @Override
    public List<Long> ids(int offset, int limit) {
        return ids.subList(Math.min(offset, ids.size()), Math.min(ids.size(), offset + limit));
    }
}
