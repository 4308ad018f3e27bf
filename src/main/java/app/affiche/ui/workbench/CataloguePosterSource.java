package app.affiche.ui.workbench;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.Poster;
import app.affiche.ui.common.CatalogueGateway;

import java.util.ArrayList;
import java.util.List;

/**
 * Posters for a grid query. Exact catalogue filters page with limit/offset (never the whole catalogue at once);
 * "suggested" and "unlabelled" need each poster's labels, so they are resolved once to an id list.
 */
public final class CataloguePosterSource implements PosterSource {
    private final CatalogueGateway gateway;
    private final GridQuery query;
    private final int size;
    private final List<Long> ids;

    private CataloguePosterSource(CatalogueGateway gateway, GridQuery query, int size, List<Long> ids) {
        this.gateway = gateway;
        this.query = query;
        this.size = size;
        this.ids = ids;
    }

    /** Counts (or, for label-dependent states, lists) the matching posters. */
    public static CataloguePosterSource open(CatalogueGateway gateway, GridQuery query) {
        if (query.state() == PosterState.FAILED) return new CataloguePosterSource(gateway, query, 0, List.of());
        if (!query.needsLabelCheck()) {
            return new CataloguePosterSource(gateway, query, gateway.count(query.toFilter(Integer.MAX_VALUE, 0)), null);
        }
        List<Long> ids = new ArrayList<>();
        for (Poster p : gateway.posters(query.toFilter(Integer.MAX_VALUE, 0))) {
            if (PosterState.of(gateway.labels(p.id())) == query.state()) ids.add(p.id());
        }
        return new CataloguePosterSource(gateway, query, ids.size(), List.copyOf(ids));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<PosterCard> page(int offset, int limit) {
        List<PosterCard> cards = new ArrayList<>();
        if (ids == null) {
            for (Poster p : gateway.posters(query.toFilter(limit, offset))) cards.add(card(p, gateway.labels(p.id())));
        } else {
            for (Long id : ids.subList(Math.min(offset, ids.size()), Math.min(offset + limit, ids.size()))) {
                gateway.poster(id).ifPresent(p -> cards.add(card(p, gateway.labels(id))));
            }
        }
        return cards;
    }

    /** A fresh source with the new count, for when a batch has added posters. */
    public CataloguePosterSource reopen() {
        return open(gateway, query);
    }

    public GridQuery query() {
        return query;
    }

    static PosterCard card(Poster p, List<GenreLabel> labels) {
        String file = p.path() == null ? null : java.nio.file.Path.of(p.path()).getFileName().toString();
        return new PosterCard(p.id(), p.title(), p.year(), PosterState.of(labels), file);
    }

    /** The card of one poster (after an edit). */
    public static PosterCard card(CatalogueGateway gateway, long id) {
        return gateway.poster(id).map(p -> card(p, gateway.labels(id))).orElse(null);
    }
}
