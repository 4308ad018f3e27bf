package app.affiche.ui.review;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PgTestServer;
import app.affiche.catalogue.StaleEditException;
import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.LabelSource;
import app.affiche.ui.UiTestData;
import app.affiche.ui.common.CatalogueGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two workbenches (each its own catalogue connection, gateway and undo history) on one real PostgreSQL catalogue:
 * the second of two edits from the same version is told and sees the first; undo never goes over the other's edit.
 */
class TwoCuratorsTest {
    @TempDir
    Path home;

    @Test
    void aStaleEditIsRefusedAndUndoIsOnesOwnOnly() {
        CatalogueLocation where = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), home);
        try (Catalogue anna = Catalogue.open(where); Catalogue ben = Catalogue.open(where)) {
            long id = UiTestData.addPosters(anna, 1).getFirst();
            anna.setConfirmedLabels(id, Set.of("Drama"), LabelSource.IMPORT);
            CatalogueGateway a = new CatalogueGateway(anna), b = new CatalogueGateway(ben);
            EditHistory annaHistory = new EditHistory(a), benHistory = new EditHistory(b);
            LabelState annaSees = LabelState.of(id, a.reviewLabels(id));
            LabelState benSees = LabelState.of(id, b.reviewLabels(id));

            annaHistory.perform(new LabelEdit.Genres(id, annaSees.confirmed(), annaSees.confirmedSource(),
                    Set.of("Drama", "War"), "add War"));
            StaleEditException told = assertThrows(StaleEditException.class, () -> benHistory.perform(
                    new LabelEdit.Genres(id, benSees.confirmed(), benSees.confirmedSource(), Set.of("Comedy"), "Comedy")));
            assertTrue(told.getMessage().contains("was changed by "), told.getMessage());
            assertTrue(told.getMessage().contains("Drama, War") || told.getMessage().contains("War, Drama"),
                    told.getMessage());
            assertEquals(Set.of("Drama", "War"), genres(ben, id), "Anna's edit stands");
            assertNull(benHistory.snapshot().undoDescription(), "the refused edit is not in Ben's history");

            LabelState reloaded = LabelState.of(id, b.reviewLabels(id)); // what the workbench shows him then
            benHistory.perform(new LabelEdit.Genres(id, reloaded.confirmed(), reloaded.confirmedSource(),
                    Set.of("Drama", "War", "History"), "add History"));

            assertThrows(StaleEditException.class, annaHistory::undo, "Ben changed it since Anna's edit");
            assertEquals(Set.of("Drama", "History", "War"), genres(anna, id), "Anna's undo did not go over Ben's edit");
            assertNull(annaHistory.snapshot().undoDescription(), "the stale step is dropped");

            benHistory.undo(); // his own, nothing since: goes through
            assertEquals(Set.of("Drama", "War"), genres(anna, id));
        }
    }

    private static Set<String> genres(Catalogue c, long id) {
        return new TreeSet<>(c.confirmedGenres().getOrDefault(id, Set.of()));
    }
}
