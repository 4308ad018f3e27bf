package app.affiche.ui.workbench;

import app.affiche.ui.common.CatalogueGateway;

/** "N suggestions left": posters under the filters with model suggestions and no confirmed genre (one SQL count). */
final class SuggestionsLeft {
    private SuggestionsLeft() {
    }

    static int count(CatalogueGateway gateway, GridQuery query) {
        if (query.state() != null && query.state() != PosterState.SUGGESTED) return 0;
        return gateway.count(new GridQuery(query.genre(), query.decade(), PosterState.SUGGESTED, query.title())
                .toFilter(Integer.MAX_VALUE, 0));
    }
}
