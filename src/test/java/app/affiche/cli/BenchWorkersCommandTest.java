package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.catalogue.PgTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench workers on a real PostgreSQL server: a line per worker count with its ratio; a used database is refused. */
class BenchWorkersCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsPostersPerSecondAndTheRatioPerWorkerCount() throws Exception {
        Path home = tmp.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        String url = PgTestServer.shared().createDatabase();
        Cli.Run r = Cli.run(home, "--catalogue", url, "bench", "workers", "--posters", "12", "--counts", "1,2",
                "--images", SharedData.posters().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*1 worker : 12 posters in [0-9.]+ s, [0-9.]+ posters/s, ratio to one worker 1\\.00\n.*"),
                r.out());
        assertTrue(r.out().matches("(?s).*2 workers: 12 posters in [0-9.]+ s, [0-9.]+ posters/s, ratio to one worker [0-9.]+\n.*"),
                r.out());
        assertTrue(!r.out().contains("a worker failed"), r.out());

        Cli.Run again = Cli.run(home, "--catalogue", url, "bench", "workers", "--posters", "4");
        assertEquals(2, again.exit(), "its posters are there now: not an empty database");
        assertTrue(again.err().contains("already holds posters"), again.err());
    }
}
