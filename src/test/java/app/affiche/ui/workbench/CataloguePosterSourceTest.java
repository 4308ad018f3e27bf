package app.affiche.ui.workbench;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.LabelSource;
import app.affiche.ui.UiTestData;
import app.affiche.ui.common.CatalogueGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every state filter is answered by the catalogue itself, on a real SQLite file, and pages agree with counts. */
class CataloguePosterSourceTest {
    @TempDir
    Path dir;

    @Test
    void eachStateCountsAndPagesExactlyItsPosters() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            List<Long> ids = UiTestData.addPosters(catalogue, 7);
            catalogue.setConfirmedLabels(ids.get(0), Set.of("Drama"), LabelSource.CURATOR);
            catalogue.setConfirmedLabels(ids.get(1), Set.of("Comedy"), LabelSource.IMPORT);
            catalogue.setModelLabels(ids.get(1), Map.of("Drama", 0.4)); // confirmed wins over a suggestion
            catalogue.setModelLabels(ids.get(2), Map.of("Western", 0.7));
            catalogue.setModelLabels(ids.get(3), Map.of("Horror", 0.6, "Thriller", 0.5));
            CatalogueGateway gateway = new CatalogueGateway(catalogue);

            assertEquals(List.of(ids.get(0), ids.get(1)), shown(gateway, PosterState.CONFIRMED));
            assertEquals(List.of(ids.get(2), ids.get(3)), shown(gateway, PosterState.SUGGESTED));
            assertEquals(List.of(ids.get(4), ids.get(5), ids.get(6)), shown(gateway, PosterState.UNLABELLED));
            assertEquals(7, CataloguePosterSource.open(gateway, GridQuery.ALL).size());
            for (long id : shown(gateway, PosterState.SUGGESTED)) {
                assertEquals(PosterState.SUGGESTED, CataloguePosterSource.card(gateway, id).state());
            }
            CataloguePosterSource unlabelled = CataloguePosterSource.open(gateway, new GridQuery(null, null, PosterState.UNLABELLED, null));
            assertEquals(List.of(ids.get(5), ids.get(6)), unlabelled.page(1, 10).stream().map(PosterCard::id).toList());
        }
    }

    private static List<Long> shown(CatalogueGateway gateway, PosterState state) {
        CataloguePosterSource source = CataloguePosterSource.open(gateway, new GridQuery(null, null, state, null));
        List<Long> ids = source.page(0, 100).stream().map(PosterCard::id).toList();
        assertEquals(source.size(), ids.size(), state + ": count and page agree");
        return ids;
    }
}
