package app.affiche.ui.review;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.ui.UiTestData;
import app.affiche.ui.common.CatalogueGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Undo and redo of label edits against a real SQLite catalogue. */
class EditHistoryTest {
    @TempDir
    Path dir;

    @Test
    void undoRestoresGenresRedoReappliesThem() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            long id = UiTestData.addPosters(catalogue, 1).getFirst();
            catalogue.setConfirmedLabels(id, Set.of("Drama"), LabelSource.IMPORT);
            CatalogueGateway gateway = new CatalogueGateway(catalogue);
            EditHistory history = new EditHistory(gateway);
            LabelState state = LabelState.of(id, gateway.labels(id));

            history.perform(new LabelEdit.Genres(id, state.confirmed(), state.confirmedSource(), Set.of("Drama", "War"), "add War"));
            assertEquals(Set.of("Drama", "War"), confirmed(catalogue, id));
            assertEquals("add War", history.snapshot().undoDescription());

            history.undo();
            assertEquals(Set.of("Drama"), confirmed(catalogue, id));
            assertTrue(catalogue.labels(id).stream().allMatch(l -> l.source() == LabelSource.IMPORT),
                    "undo puts the imported label back as imported: " + catalogue.labels(id));
            catalogue.setConfirmedLabels(id, Set.of("Drama", "Crime"), LabelSource.IMPORT);
            assertEquals(Set.of("Drama", "Crime"), confirmed(catalogue, id), "so a corrected labels file still applies");
            catalogue.setConfirmedLabels(id, Set.of("Drama"), LabelSource.IMPORT);
            assertNull(history.snapshot().undoDescription());

            history.redo();
            assertEquals(Set.of("Drama", "War"), confirmed(catalogue, id));
            assertTrue(history.redo().isEmpty());
        }
    }

    @Test
    void removalUndoesAndRedoesAsOneStep() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            List<Long> ids = UiTestData.addPosters(catalogue, 3);
            catalogue.setConfirmedLabels(ids.get(1), Set.of("War"), LabelSource.CURATOR);
            EditHistory history = new EditHistory(new CatalogueGateway(catalogue));
            history.perform(new LabelEdit.Removal(Set.of(ids.get(1), ids.get(2))));
            assertEquals("remove 2 posters", history.snapshot().undoDescription());
            assertEquals(1, catalogue.count(app.affiche.catalogue.PosterFilter.ALL));

            history.undo();
            assertEquals(3, catalogue.count(app.affiche.catalogue.PosterFilter.ALL));
            assertEquals(Set.of("War"), confirmed(catalogue, ids.get(1)));

            history.redo();
            assertTrue(catalogue.poster(ids.get(1)).isEmpty() && catalogue.poster(ids.get(2)).isEmpty());
            history.undo();
            assertEquals(Set.of("War"), confirmed(catalogue, ids.get(1)), "a second undo restores what the redo took");
        }
    }

    @Test
    void compoundEditUndoesAllPostersAtOnceAndTitleYearToo() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            List<Long> ids = UiTestData.addPosters(catalogue, 2);
            EditHistory history = new EditHistory(new CatalogueGateway(catalogue));
            history.perform(tickAndConfirm(selected(catalogue, ids), "Western"));
            assertEquals(Set.of("Western"), confirmed(catalogue, ids.get(0)));
            assertEquals(Set.of("Western"), confirmed(catalogue, ids.get(1)));

            history.perform(new LabelEdit.TitleYear(ids.get(0), "Poster 0", 1950, "Rio Bravo", 1959));
            assertEquals(1959, catalogue.poster(ids.get(0)).orElseThrow().year());
            history.undo();
            assertEquals("Poster 0", catalogue.poster(ids.get(0)).orElseThrow().title());
            history.undo();
            assertEquals(Set.of(), confirmed(catalogue, ids.get(0)));
            assertEquals(Set.of(), confirmed(catalogue, ids.get(1)));
        }
    }

    @Test
    void undoingABatchEditPutsEachPostersLabelsBackWithTheirOwnSource() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            List<Long> ids = UiTestData.addPosters(catalogue, 3);
            catalogue.setConfirmedLabels(ids.get(0), Set.of("Drama"), LabelSource.IMPORT);
            catalogue.setConfirmedLabels(ids.get(1), Set.of("Comedy"), LabelSource.CURATOR);
            EditHistory history = new EditHistory(new CatalogueGateway(catalogue));
            history.perform(tickAndConfirm(selected(catalogue, ids), "Western"));
            for (long id : ids) assertTrue(confirmed(catalogue, id).contains("Western"));
            assertEquals(Set.of(LabelSource.CURATOR), sources(catalogue, ids.get(0)), "the edit is the curator's");

            history.undo();
            assertEquals(Set.of("Drama"), confirmed(catalogue, ids.get(0)));
            assertEquals(Set.of(LabelSource.IMPORT), sources(catalogue, ids.get(0)));
            assertEquals(Set.of("Comedy"), confirmed(catalogue, ids.get(1)));
            assertEquals(Set.of(LabelSource.CURATOR), sources(catalogue, ids.get(1)));
            assertEquals(Set.of(), confirmed(catalogue, ids.get(2)));
        }
    }

    /** What the genre key and then Enter make of a selection. */
    private static LabelEdit tickAndConfirm(ReviewViewModel vm, String genre) {
        vm.toggle(genre);
        return vm.confirmDraft().orElseThrow();
    }

    /** The review with these posters selected, as the catalogue holds them. */
    private static ReviewViewModel selected(Catalogue catalogue, List<Long> ids) {
        ReviewViewModel vm = new ReviewViewModel(new Thresholds());
        vm.vocabulary().setAll(catalogue.genreVocabulary());
        vm.targets().setAll(ids.stream().map(i -> LabelState.of(i, catalogue.labels(i))).toList());
        return vm;
    }

    private static Set<LabelSource> sources(Catalogue c, long id) {
        return c.labels(id).stream().map(GenreLabel::source).filter(LabelSource::confirmed).collect(Collectors.toSet());
    }

    @Test
    void clearingAYearSticksAndUndoingAFirstTitleClearsItAgain() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            long id = UiTestData.addPosters(catalogue, 1).getFirst();
            CatalogueGateway gateway = new CatalogueGateway(catalogue);
            EditHistory history = new EditHistory(gateway);
            history.perform(new LabelEdit.TitleYear(id, "Poster 0", 1950, "Poster 0", null));
            assertNull(catalogue.poster(id).orElseThrow().year(), "the curator cleared a wrong year");
            history.perform(new LabelEdit.TitleYear(id, "Poster 0", null, null, null));
            assertNull(catalogue.poster(id).orElseThrow().title());
            history.undo();
            history.undo();
            assertEquals("Poster 0", catalogue.poster(id).orElseThrow().title());
            assertEquals(1950, catalogue.poster(id).orElseThrow().year());
            history.redo();
            assertNull(catalogue.poster(id).orElseThrow().year(), "redo clears it again");
        }
    }

    private static Set<String> confirmed(Catalogue c, long id) {
        return c.labels(id).stream().filter(l -> l.source().confirmed()).map(GenreLabel::genre).collect(Collectors.toSet());
    }
}
