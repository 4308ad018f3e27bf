package app.affiche.ui.workbench;

import app.affiche.pipeline.CopyIndex;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.Poster;
import app.affiche.ui.common.CatalogueGateway;

import java.util.ArrayList;
import java.util.List;

/**
 * Posters for a grid query: the catalogue counts them and pages them with limit/offset, never the whole
 * catalogue at once (every state is an SQL filter, so 100,000 posters filter as fast as 100).
 */
public final class CataloguePosterSource implements PosterSource {
    private final CatalogueGateway gateway;
    private final GridQuery query;
    private final int size;
    private final CopyIndex copies;

    private CataloguePosterSource(CatalogueGateway gateway, GridQuery query, int size, CopyIndex copies) {
        this.gateway = gateway;
        this.query = query;
        this.size = size;
        this.copies = copies;
    }

    /** Counts the matching posters (failed files are not catalogued: none match that state here). */
    public static CataloguePosterSource open(CatalogueGateway gateway, GridQuery query) {
        return open(gateway, query, null);
    }

    /** As {@link #open(CatalogueGateway, GridQuery)}, the cards marking copies as {@code copies} knows them. */
    public static CataloguePosterSource open(CatalogueGateway gateway, GridQuery query, CopyIndex copies) {
        if (query.state() == PosterState.FAILED) return new CataloguePosterSource(gateway, query, 0, copies);
        return new CataloguePosterSource(gateway, query, gateway.count(query.toFilter(Integer.MAX_VALUE, 0)), copies);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<PosterCard> page(int offset, int limit) {
        List<PosterCard> cards = new ArrayList<>();
        if (query.state() == PosterState.FAILED) return cards; // the size may be stale: a batch adds posters
        for (Poster p : gateway.posters(query.toFilter(limit, offset))) cards.add(card(p, gateway.labels(p.id()), copies));
        return cards;
    }

    /** A fresh source with the new count, for when a batch has added posters. */
    public CataloguePosterSource reopen() {
        return open(gateway, query, copies);
    }

    public GridQuery query() {
        return query;
    }

    static PosterCard card(Poster p, List<GenreLabel> labels, CopyIndex copies) {
        String file = p.path() == null ? null : java.nio.file.Path.of(p.path()).getFileName().toString();
        int n = copies == null ? 0 : copies.isExtraCopy(p.id()) ? -1 : copies.copiesKeptBy(p.id());
        return new PosterCard(p.id(), p.title(), p.year(), PosterState.of(labels), file, n);
    }

    /** The card of one poster (after an edit). */
    public static PosterCard card(CatalogueGateway gateway, long id) {
        return card(gateway, id, null);
    }

    public static PosterCard card(CatalogueGateway gateway, long id, CopyIndex copies) {
        return gateway.poster(id).map(p -> card(p, gateway.labels(id), copies)).orElse(null);
    }
}
