package app.affiche.cli;

import app.affiche.ui.UiTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `affiche import --labels` with a shop-wide labels file on one folder (the shared posters.csv on 200 files): the
 * rows for posters not imported are summarised in one line, and the exit code is 0 when every matching row applied.
 */
class ImportLabelsSummaryTest {
    @TempDir
    Path dir;

    @Test
    void rowsForPostersNotImportedAreOneLineAndNotAFailure() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        List<Path> files = UiTestData.writePosters(images, 3);
        StringBuilder csv = new StringBuilder("file,title,year,genres\n");
        for (Path f : files) csv.append("images/").append(f.getFileName()).append(",Title ").append(f.getFileName()).append(",1955,Drama\n");
        for (int i = 0; i < 40; i++) csv.append("images/elsewhere-").append(i).append(".jpg,Other,1960,Comedy\n");
        csv.append("images/").append(files.getFirst().getFileName()).append(",Bad,19x5,Drama\n");
        Path labels = Files.writeString(dir.resolve("labels.csv"), csv);

        CliRun run = CliRun.of("--catalogue", dir.resolve("c.db").toString(), "import", images.toString(), "--labels", labels.toString());
        assertEquals(1, run.exitCode(), "a real bad line still fails: " + run.err());
        assertTrue(run.err().contains("line 45: bad year '19x5'"), run.err());
        assertEquals(0, run.err().lines().filter(l -> l.contains("no catalogued poster")).count(), run.err());
        List<String> summary = run.out().lines().filter(l -> l.startsWith("Labels:")).toList();
        assertEquals(1, summary.size(), run.out());
        assertTrue(summary.getFirst().contains("3 line(s) applied") && summary.getFirst().contains("1 rejected")
                && summary.getFirst().contains("40 skipped: not in this catalogue"), summary.getFirst());

        Files.writeString(labels, csv.substring(0, csv.lastIndexOf("images/" + files.getFirst().getFileName() + ",Bad")));
        CliRun clean = CliRun.of("--catalogue", dir.resolve("c.db").toString(), "import", images.toString(), "--labels", labels.toString());
        assertEquals(0, clean.exitCode(), "every matching row applied: " + clean.err());
        assertEquals("", clean.err().lines().filter(l -> !l.startsWith("import")).reduce("", String::concat).strip(),
                "nothing on stderr about the other rows: " + clean.err());
    }
}
