package app.affiche.ui.workbench;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.LabelSource;
import app.affiche.ui.UiTestData;
import app.affiche.ui.common.CatalogueGateway;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The grid's list reads the catalogue a page at a time, only where asked, and grows when a batch adds posters. */
class PagedPosterListTest {
    @TempDir
    Path dir;

    @Test
    void pagesLoadOnDemandAndTheListGrows() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            List<Long> ids = UiTestData.addPosters(catalogue, 250);
            CatalogueGateway gateway = new CatalogueGateway(catalogue);
            List<Runnable> queued = new ArrayList<>();
            PagedPosterList list = new PagedPosterList(CataloguePosterSource.open(gateway, GridQuery.ALL), queued::add, Runnable::run);
            assertEquals(250, list.size());
            list.readAhead(false);

            PosterSlot slot = list.get(205);
            assertNull(slot.card().get(), "nothing read until the page loads");
            list.get(210);
            assertEquals(1, queued.size(), "one request per page, however many tiles ask");
            queued.removeFirst().run();
            assertEquals(ids.get(205), slot.card().get().id());
            assertEquals("Poster 205 (" + (1950 + 205 % 50) + ")", slot.card().get().caption());
            assertEquals(1, list.pageLoads());
            assertNotNull(list.get(299 - 50).card().get(), "same page: no second read");

            UiTestData.addPosters(catalogue, 5);
            List<Integer> added = new ArrayList<>();
            list.addListener((ListChangeListener<PosterSlot>) c -> {
                while (c.next()) if (c.wasAdded()) added.add(c.getAddedSize());
            });
            list.grow(CataloguePosterSource.open(gateway, GridQuery.ALL).size());
            assertEquals(255, list.size());
            assertEquals(List.of(5), added);
        }
    }

    @Test
    void aLoadedPageAsksForTheNextOne() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            UiTestData.addPosters(catalogue, 250);
            List<Runnable> queued = new ArrayList<>();
            PagedPosterList list = new PagedPosterList(CataloguePosterSource.open(new CatalogueGateway(catalogue), GridQuery.ALL),
                    queued::add, Runnable::run);
            list.get(0);
            queued.removeFirst().run();
            assertEquals(1, queued.size(), "page 1 requested ahead");
            queued.removeFirst().run();
            assertNotNull(list.get(150).card().get(), "its cards are there before the grid asks");
            assertEquals(1, queued.size(), "and page 2 after it");
            queued.removeFirst().run();
            assertEquals(0, queued.size(), "no page past the end");
        }
    }

    @Test
    void aPageReadAheadDoesNotReadTheNextItself() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            UiTestData.addPosters(catalogue, 1000);
            List<Runnable> queued = new ArrayList<>();
            PagedPosterList list = new PagedPosterList(CataloguePosterSource.open(new CatalogueGateway(catalogue), GridQuery.ALL),
                    queued::add, Runnable::run);
            List<List<PosterCard>> toldAhead = new ArrayList<>();
            list.onReadAhead(toldAhead::add);
            list.get(0);
            while (!queued.isEmpty()) queued.removeFirst().run();
            assertEquals(2, list.pageLoads(), "the page shown and the one after it, not the whole catalogue");
            assertEquals(1, toldAhead.size());
            assertEquals(list.get(100).card().get(), toldAhead.getFirst().getFirst(), "page 1's cards, told ahead");
            while (!queued.isEmpty()) queued.removeFirst().run();
            assertEquals(3, list.pageLoads(), "showing page 1 reads page 2 ahead");
        }
    }

    @Test
    void suggestedAndUnlabelledAreToldApart() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            List<Long> ids = UiTestData.addPosters(catalogue, 4);
            catalogue.setConfirmedLabels(ids.get(0), Set.of("Drama"), LabelSource.CURATOR);
            catalogue.setModelLabels(ids.get(1), Map.of("Horror", 0.8));
            CatalogueGateway gateway = new CatalogueGateway(catalogue);
            assertEquals(List.of(ids.get(1)), idsOf(gateway, PosterState.SUGGESTED));
            assertEquals(List.of(ids.get(2), ids.get(3)), idsOf(gateway, PosterState.UNLABELLED));
            assertEquals(List.of(ids.get(0)), idsOf(gateway, PosterState.CONFIRMED));
        }
    }

    private static List<Long> idsOf(CatalogueGateway g, PosterState state) {
        PosterSource s = CataloguePosterSource.open(g, new GridQuery(null, null, state, null));
        return s.ids(0, s.size());
    }
}
