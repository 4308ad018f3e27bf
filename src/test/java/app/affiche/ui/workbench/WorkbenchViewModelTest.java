package app.affiche.ui.workbench;

import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.Decade;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filters become one grid query; selection and next/previous stay inside the grid. */
class WorkbenchViewModelTest {
    private final WorkbenchViewModel vm = new WorkbenchViewModel();

    @Test
    void filtersComposeIntoTheCatalogueFilter() {
        vm.genre().set("Western");
        vm.decade().set("1950s");
        vm.state().set("Suggested");
        vm.title().set("  rio ");
        GridQuery q = vm.query().get();
        assertEquals(new GridQuery("Western", new Decade(1950), PosterState.SUGGESTED, "rio"), q);
        PosterFilter f = q.toFilter(100, 200);
        assertEquals(Boolean.TRUE, f.unlabelled(), "suggested posters have no confirmed label");
        assertEquals(100, f.limit());
        assertEquals(200, f.offset());
        assertEquals(Boolean.TRUE, f.withSuggestions(), "and at least one model suggestion");
        vm.state().set("Unlabelled");
        assertEquals(Boolean.FALSE, vm.query().get().toFilter(1, 0).withSuggestions(), "no label of any kind");

        vm.state().set("Confirmed");
        assertEquals(Boolean.FALSE, vm.query().get().toFilter(1, 0).unlabelled());
        vm.genre().set(WorkbenchViewModel.ANY);
        vm.state().set(WorkbenchViewModel.ANY);
        assertNull(vm.query().get().toFilter(1, 0).genre());
        assertNull(vm.query().get().toFilter(1, 0).unlabelled());
    }

    @Test
    void selectionByClickCtrlClickAndShiftRange() {
        vm.select(3, 30L);
        vm.toggle(5, 50L);
        assertEquals(java.util.Set.of(30L, 50L), vm.selected());
        vm.toggle(5, 50L);
        assertEquals(java.util.Set.of(30L), vm.selected());
        vm.extend(7, List.of(40L, 60L, 70L));
        assertEquals(java.util.Set.of(30L, 40L, 60L, 70L), vm.selected());
        assertEquals(7, vm.cursor().get());
    }

    @Test
    void nextAndPreviousStayInsideTheGrid() {
        vm.shown().set(3);
        vm.cursor().set(-1);
        assertEquals(0, vm.step(+1));
        vm.cursor().set(2);
        assertEquals(2, vm.step(+1));
        vm.cursor().set(0);
        assertEquals(0, vm.step(-1));
        vm.shown().set(0);
        assertEquals(-1, vm.step(+1));
    }

    @Test
    void batchBarShowsCountEtaAndTheEnd() {
        BatchViewModel batch = new BatchViewModel();
        batch.apply(new BatchProgress(9, 2, 1, 40, 12_000, true, false, "x.jpg"));
        assertEquals("12 / 40 posters · 1 already catalogued · 2 failed", batch.count().get());
        assertEquals("about 28 s left", batch.eta().get());
        assertEquals(0.3, batch.progress().get(), 1e-9);
        batch.apply(new BatchProgress(9, 2, 1, 40, 12_000, true, true, null));
        assertEquals("Paused after 12 of 40 — Resume, or the rest resumes on next start", batch.current().get());
        assertEquals("", batch.eta().get(), "no time left is promised while paused");
        assertTrue(batch.paused().get());
        batch.apply(new BatchProgress(35, 2, 3, 40, 40_000, false, false, null));
        assertEquals("Done: 40 posters — 35 ready, 3 already catalogued, 2 failed", batch.current().get());
        assertEquals("", batch.eta().get());
        batch.apply(new BatchProgress(5, 0, 0, 40, 4_000, false, false, null));
        assertEquals("Stopped after 5 of 40", batch.current().get());
    }
}
