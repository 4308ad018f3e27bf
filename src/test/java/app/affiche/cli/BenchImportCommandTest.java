package app.affiche.cli;

import app.affiche.catalogue.TestPosters;
import app.affiche.pipeline.ImagingAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The benchmark runs end to end on a tiny input and prints its figures (no timing is asserted). */
class BenchImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsImportAndExportFigures() throws Exception {
        ImagingAvailable.assume();
        for (int i = 0; i < 5; i++) TestPosters.writeJpeg(dir.resolve("p" + i + ".jpg"), i);
        CliRun run = CliRun.of("bench", "import", "--images", dir.toString(), "--export-rows", "300", "--no-scans");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*import: 5 posters \\(0 failed\\) with 2 workers in .* posters/s.*"), run.out());
        assertTrue(run.out().contains("export: 300 rows, 20 fields"), run.out());
    }
}
