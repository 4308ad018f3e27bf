package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.Poster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Labels files through the real command line (export, then import --labels) on real catalogue files. */
class LabelFileCommandsTest {
    @TempDir
    Path dir;

    /** Titles an export must hand back unchanged: leading/trailing whitespace, control characters, guards. */
    private static final List<String> HOSTILE_TITLES = List.of("\tTab first", "\rCR first", "\nNewline first",
            " Space first", " ", "  ", "Trailing space ", "\t", "'=apostrophe guard", "-minus", "\"quoted\" ",
            "line\r\nbreak", "x");

    /** Catalogues one poster per title (real JPEG files under img/) and returns the catalogue file. */
    private Path catalogueWith(Path db, List<String> titles) throws Exception {
        try (Catalogue c = Catalogue.open(db)) {
            for (int i = 0; i < titles.size(); i++) {
                Path img = TestPosters.writeJpeg(dir.resolve("img/p" + i + ".jpg"), i + 1);
                long id = c.addPoster(TestPosters.of(img));
                if (titles.get(i) != null) c.setTitleAndYear(id, titles.get(i), null);
            }
        }
        return db;
    }

    private static List<String> titles(Path db) {
        try (Catalogue c = Catalogue.open(db)) {
            return c.posters(PosterFilter.ALL).stream().map(Poster::title).toList();
        }
    }

    @Test
    void exportedTitlesReImportUnchanged() throws Exception {
        Path first = catalogueWith(dir.resolve("first.db"), HOSTILE_TITLES);
        Path csv = dir.resolve("export.csv");
        CliRun export = CliRun.of("--catalogue", first.toString(), "export", "--csv", csv.toString(),
                "--fields", "sha256,title");
        assertEquals(0, export.exitCode(), export.err());

        Path second = catalogueWith(dir.resolve("second.db"), java.util.Collections.nCopies(HOSTILE_TITLES.size(), null));
        CliRun imported = CliRun.of("--catalogue", second.toString(), "import", dir.resolve("img").toString(),
                "--labels", csv.toString());
        assertEquals(0, imported.exitCode(), imported.err() + imported.out());
        assertEquals(HOSTILE_TITLES, titles(second));
    }
}
