package app.affiche.ui.review;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import app.affiche.ui.UiTestData;
import app.affiche.ui.common.CatalogueGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The workbench's title/year edit is a curator's (no import replaces it) and its undo puts the source back, so an
 * imported title stays imported; against a real SQLite catalogue.
 */
class TitleYearEditSourceTest {
    @TempDir
    Path dir;

    @Test
    void anEditIsTheCuratorsAndUndoPutsTheImportedSourceBack() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            long id = UiTestData.addPosters(catalogue, 1).getFirst();
            Poster before = catalogue.poster(id).orElseThrow();
            assertEquals(LabelSource.IMPORT, before.titleSource(), "a title stored at import is an import value");
            EditHistory history = new EditHistory(new CatalogueGateway(catalogue));
            // as ReviewController.editTitleYear builds it from the poster shown
            history.perform(new LabelEdit.TitleYear(id, before.title(), before.year(), "Rio Bravo", before.year(),
                    before.titleSource(), before.yearSource()));
            Poster edited = catalogue.poster(id).orElseThrow();
            assertEquals(LabelSource.CURATOR, edited.titleSource());
            assertEquals(LabelSource.IMPORT, edited.yearSource(), "the year was left as it was: still imported");
            importTitle(catalogue, id, "From a labels file");
            assertEquals("Rio Bravo", catalogue.poster(id).orElseThrow().title(), "an import never replaces the edit");

            history.undo();
            Poster undone = catalogue.poster(id).orElseThrow();
            assertEquals(before.title(), undone.title());
            assertEquals(LabelSource.IMPORT, undone.titleSource(), "undo puts the imported title back as imported");
            importTitle(catalogue, id, "Corrected by a labels file");
            assertEquals("Corrected by a labels file", catalogue.poster(id).orElseThrow().title());

            history.redo();
            assertEquals(LabelSource.CURATOR, catalogue.poster(id).orElseThrow().titleSource());
        }
    }

    private static void importTitle(Catalogue catalogue, long id, String title) {
        catalogue.applyLabelUpdates(List.of(new LabelUpdate(id, title, null, null, LabelSource.IMPORT)));
    }
}
