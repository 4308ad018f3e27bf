package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.catalogue.PgTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PostgreSQL server goes away while a real {@code affiche embed} worker runs: it ends with a plain message and
 * exit code 1, no credential in it; every embedding stored before is still there, and a second run finishes the rest.
 */
class SharedEmbedServerLossTest {
    @TempDir
    Path tmp;

    @Test
    void aServerLostMidBatchIsNamedAndLosesNothingStored() throws Exception {
        Path root = SharedData.posters();
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve("images"))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(300).toList();
        }
        Path home = tmp.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        try (PgTestServer server = PgTestServer.startPrivate()) {
            String url = server.createDatabase();
            String db = url.substring(url.lastIndexOf('/') + 1);
            List<String> importArgs = new ArrayList<>(List.of("--catalogue", url, "import", "--image-root", root.toString()));
            files.forEach(f -> importArgs.add(f.toString()));
            assertEquals(0, Cli.run(home, importArgs.toArray(String[]::new)).exit());

            Path err = tmp.resolve("embed.err");
            Process worker = Cli.start(home, List.of(), err, "--catalogue", url, "embed", "--device", "cpu",
                    "--batch", "4", "--image-root", root.toString());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            int before = 0;
            while (before < 20 && System.nanoTime() < until) {
                Thread.sleep(200);
                before = embeddings(server, db);
            }
            assertTrue(before >= 20, "the worker stored some before the server went");
            server.stop();
            assertTrue(worker.waitFor(120, TimeUnit.SECONDS), "the worker ends on its own");
            String said = Files.readString(err);
            assertEquals(1, worker.exitValue(), said);
            assertTrue(said.contains("lost the catalogue postgresql://affiche@127.0.0.1:" + server.port() + "/" + db),
                    said);
            assertTrue(said.contains("Every embedding stored before stays"), said);
            assertFalse(said.toLowerCase(java.util.Locale.ROOT).contains("password="), said);

            server.start();
            int after = embeddings(server, db);
            assertTrue(after >= before, "nothing stored was lost: " + before + " then " + after);
            Cli.Run rest = Cli.run(home, "--catalogue", url, "embed", "--device", "cpu", "--image-root", root.toString());
            assertEquals(0, rest.exit(), rest.err());
            assertEquals(files.size(), embeddings(server, db), "the second run embedded the rest");
        }
    }

    private static int embeddings(PgTestServer server, String db) throws Exception {
        try (Connection c = server.connect(db); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM embeddings")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            return 0; // not migrated yet
        }
    }
}
