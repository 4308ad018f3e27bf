package app.affiche.cli;

import app.affiche.catalogue.PgTestServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** {@code bench scale} on a small PostgreSQL catalogue given by --catalogue: every figure printed, then reruns. */
class BenchScalePgTest {
    private static final List<String> LINES = List.of(
            "catalogue generated in \\d+ s, [\\d,]+ MB",
            "open: [\\d.]+ ms \\(target 1000 ms, ratio [\\d.]+\\)",
            "filter all \\(300\\): count \\+ first page [\\d.]+ ms, first time [\\d.]+ ms \\(target 100 ms, ratio [\\d.]+\\)",
            "filter genre Drama \\([\\d,]+\\): count \\+ first page .*",
            "filter decade 1950s \\([\\d,]+\\): count \\+ first page .*",
            "filter unlabelled \\(240\\): count \\+ first page .*",
            "filter title \"Poster 4242\" \\(0\\): count \\+ first page .*",
            "filter genre \\+ decade \\+ confirmed \\([\\d,]+\\): count \\+ first page .*",
            "page through the grid: 3 pages of 100 in [\\d.]+ s; a page median [\\d.]+ ms, p95 .*",
            "similar: first query, building the approximate index \\(exact\\): [\\d.]+ ms",
            "similar: query with posters and thumbnails median [\\d.]+ ms, p95 .*",
            "retrain on 60 labels: [\\d.]+ ms",
            "export 300 rows \\(with the heads' era for each\\): [\\d.]+ ms");

    @Test
    void benchesAPostgresqlCatalogueAndPrintsEveryFigure() {
        String url = PgTestServer.shared().createDatabase();
        CliRun run = CliRun.of("--catalogue", url, "bench", "scale", "--posters", "300", "--labelled", "60", "--dim", "16",
                "--queries", "5");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().startsWith("bench scale: 300 posters (60 labelled), dim 16, " + url), run.out());
        for (String line : LINES) {
            assertTrue(Pattern.compile("(?m)^" + line + "$").matcher(run.out()).find(), "no line " + line + " in\n" + run.out());
        }
        // the bench left its posters there (the export counted them); a second fill is refused, nothing touched
        CliRun again = CliRun.of("--catalogue", url, "bench", "scale", "--posters", "300", "--labelled", "60", "--dim", "16");
        assertEquals(2, again.exitCode(), again.out());
        assertTrue(again.err().contains("holds 300 posters") && again.err().contains("empty database"), again.err());

        CliRun wrongSize = CliRun.of("--catalogue", url, "bench", "scale", "--filled", "--posters", "400");
        assertEquals(2, wrongSize.exitCode(), wrongSize.out());
        assertTrue(wrongSize.err().contains("--filled needs"), wrongSize.err());

        CliRun rerun = CliRun.of("--catalogue", url, "bench", "scale", "--filled", "--scale-indexes", "--posters", "300",
                "--labelled", "60", "--dim", "16", "--queries", "5", "--no-similar", "--pages", "2");
        assertEquals(0, rerun.exitCode(), rerun.err() + rerun.out());
        assertTrue(rerun.out().contains("catalogue checked in "), rerun.out());
        assertTrue(Pattern.compile("(?m)^scale indexes \\(\\d+ statements\\): [\\d.]+ ms$").matcher(rerun.out()).find(), rerun.out());
        assertTrue(rerun.out().contains("filter title \"Poster 4242\" (0)"), rerun.out());
        assertTrue(rerun.out().contains("page through the grid: 2 pages of 100 in "), rerun.out());
        assertTrue(rerun.out().contains(" (spread over all 3); a page median "), rerun.out());
        assertTrue(rerun.out().contains("export 300 rows"), rerun.out());
    }
}
