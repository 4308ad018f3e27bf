package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Removing posters takes everything stored about them; restoring puts back the same rows, on a real SQLite file. */
class PosterRemovalTest extends EngineCase {

    @Test
    void removeTakesEverythingAndRestoreBringsItBackUnchanged() {
        try (Catalogue c = open("catalogue.db")) {
            long kept = c.addPoster(TestPosters.fake(1));
            long gone = c.addPoster(TestPosters.fake(2));
            c.addPosterPath(gone, "/elsewhere/copy.jpg");
            c.setConfirmedLabels(gone, Set.of("Drama", "War"), LabelSource.IMPORT);
            c.setModelLabels(gone, Map.of("Romance", 0.41), Map.of("Romance", 0.35));
            c.putEmbedding(gone, "enc", new float[]{1f, 2f, 3f});
            c.markEmbeddingFailed(gone, "other", "was unreadable once");
            c.setConfirmedLabels(kept, Set.of("Comedy"), LabelSource.CURATOR);
            var before = c.poster(gone).orElseThrow();
            List<GenreLabel> labelsBefore = c.labels(gone);

            RemovedPosters removed = c.removePosters(List.of(gone, gone, 999L));
            assertEquals(List.of(gone), removed.posterIds(), "an unknown id and a repeat are skipped");
            assertTrue(c.poster(gone).isEmpty());
            assertTrue(c.labels(gone).isEmpty());
            assertTrue(c.palette(gone).isEmpty());
            assertTrue(c.embedding(gone, "enc").isEmpty());
            assertTrue(c.embeddingFailures("other").isEmpty());
            assertTrue(c.posterIdByPath("/elsewhere/copy.jpg").isEmpty());
            assertEquals(Map.of(kept, Set.of("Comedy")), c.confirmedGenres(), "the other poster is untouched");

            assertEquals(List.of(gone), c.restorePosters(removed));
            assertEquals(before, c.poster(gone).orElseThrow());
            assertEquals(labelsBefore, c.labels(gone), "sources, confidences, thresholds and times come back");
            assertEquals(TestPosters.palette(), c.palette(gone).orElseThrow());
            assertArrayEquals(new float[]{1f, 2f, 3f}, c.embedding(gone, "enc").orElseThrow());
            assertEquals(Map.of(gone, "was unreadable once"), c.embeddingFailures("other"));
            assertEquals(gone, c.posterIdByPath("/elsewhere/copy.jpg").orElseThrow());
            assertArrayEquals(new byte[]{1, 2, 3}, c.thumbnail(gone).orElseThrow());
        }
    }

    @Test
    void aRemovalSurvivesReopeningAndAPosterImportedAgainIsNotRestoredOverIt() {
        CatalogueLocation file = at("catalogue.db");
        RemovedPosters removed;
        long id;
        try (Catalogue c = Catalogue.open(file)) {
            id = c.addPoster(TestPosters.fake(5));
            c.setConfirmedLabels(id, Set.of("Western"), LabelSource.CURATOR);
            removed = c.removePosters(List.of(id));
        }
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(0, c.count(PosterFilter.ALL));
            long again = c.addPoster(TestPosters.fake(5)); // the dealer imports the same file again
            c.setConfirmedLabels(again, Set.of("Drama"), LabelSource.CURATOR);
            assertEquals(List.of(), c.restorePosters(removed), "the poster is there again: nothing to restore");
            assertEquals(Map.of(again, Set.of("Drama")), c.confirmedGenres(), "its new labels win");
            assertEquals(1, c.count(PosterFilter.ALL));
        }
    }

    @Test
    void removingNothingChangesNothing() {
        try (Catalogue c = open("catalogue.db")) {
            long id = c.addPoster(TestPosters.fake(7));
            RemovedPosters none = c.removePosters(List.of());
            assertEquals(0, none.count());
            assertEquals(List.of(), c.restorePosters(none));
            assertEquals(List.of(id), c.posters(PosterFilter.ALL).stream().map(p -> p.id()).toList());
        }
    }
}
