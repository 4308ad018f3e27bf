package app.affiche.cli;

import app.affiche.NetworkTrace;
import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `affiche embed` on a real catalogue: stores 1280-d float32 vectors, marks a broken file failed and exits 1,
 * resumes after being stopped (SIGTERM, as Ctrl-C) without recomputing anything.
 */
class EmbedCommandTest {
    private static final String FP32 = HeadsCli.DEFAULT_ENCODER; // what `embed` uses without --encoder

    @TempDir
    Path tmp;

    @Test
    void embedsWhatLacksAnEmbeddingAndABrokenFileFailsAlone() throws Exception {
        Path home = tmp.resolve("home");
        Cli.run(home, "models", "install", SharedData.models().toString());
        Path db = home.resolve("catalogue.db");
        List<Long> ids = new ArrayList<>();
        long broken;
        try (Catalogue c = Catalogue.open(db)) {
            for (Path p : posters(6)) ids.add(add(c, p));
            Path bad = Files.write(tmp.resolve("broken.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
            broken = add(c, bad);
        }
        Cli.Run first = Cli.run(home, "embed", "--device", "cpu", "--batch", "4");
        assertEquals(1, first.exit(), first.err());
        assertTrue(first.err().contains("embedded 6, failed 1"), first.err());
        try (Catalogue c = Catalogue.open(db)) {
            for (long id : ids) assertEquals(2000, c.embedding(id, FP32).orElseThrow().length);
            assertTrue(c.embedding(broken, FP32).isEmpty());
            assertEquals(6, c.embeddings(FP32).size());
        }
        try (Catalogue c = Catalogue.open(db)) {
            assertTrue(c.embeddingFailures(FP32).get(broken).contains("broken.jpg"), c.embeddingFailures(FP32).toString());
        }
        Cli.Run again = Cli.run(home, "embed", "--device", "cpu");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("0 posters to embed") && again.err().contains("1 posters failed in an earlier run"), again.err());
    }

    @Test
    void stoppedMidwayThenResumedEmbedsEachPosterOnce() throws Exception {
        Path home = tmp.resolve("home");
        Cli.run(home, "models", "install", SharedData.models().toString());
        Path db = home.resolve("catalogue.db");
        int n = 100;
        try (Catalogue c = Catalogue.open(db)) {
            for (Path p : posters(n)) add(c, p);
        }
        Process p = Cli.start(home, "embed", "--device", "cpu", "--batch", "4");
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream()))) {
            // Wait for the first progress report, then stop it the way Ctrl-C does (SIGINT/SIGTERM run the hook).
            StringBuilder seen = new StringBuilder();
            for (int ch; (ch = err.read()) >= 0; ) {
                seen.append((char) ch);
                if (seen.toString().matches("(?s).*embedded [1-9]\\d*/.*")) break;
            }
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        }
        // ONNX Runtime frees its native environment in a JVM shutdown hook of its own: had SIGTERM started the
        // shutdown with a batch in flight, that batch would crash the JVM (SIGSEGV, exit 134, an hs_err log).
        Path crashLog = Path.of("hs_err_pid" + p.pid() + ".log");
        boolean crashed = Files.exists(crashLog);
        Files.deleteIfExists(crashLog);
        assertEquals(AfficheCommand.SOME_FAILED, p.exitValue(), "stopped early, cleanly (crash log: " + crashed + ")");
        int storedBefore;
        try (Catalogue c = Catalogue.open(db)) {
            storedBefore = c.embeddings(FP32).size();
        }
        assertTrue(storedBefore > 0 && storedBefore < n, "stopped after " + storedBefore);
        Cli.Run rest = Cli.run(home, "embed", "--device", "cpu");
        assertEquals(0, rest.exit(), rest.err());
        assertTrue(rest.err().contains((n - storedBefore) + " posters to embed"), rest.err());
        try (Catalogue c = Catalogue.open(db)) {
            assertEquals(n, c.embeddings(FP32).size());
        }
    }

    @Test
    void theRealEmbedCommandOpensNoInternetSocket() throws Exception {
        NetworkTrace.assumeAvailable(tmp);
        Path home = tmp.resolve("home");
        Cli.run(home, "models", "install", SharedData.models().toString());
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            for (Path p : posters(3)) add(c, p);
        }
        var t = NetworkTrace.java(tmp, Map.of("AFFICHE_HOME", home.toString()), "app.affiche.Main", "embed", "--device", "auto");
        assertEquals(0, t.exit(), t.output());
        assertTrue(t.output().contains("embedded 3, failed 0"), t.output());
        assertTrue(t.inetCalls().isEmpty(), "network calls: " + t.inetCalls());
    }

    static long add(Catalogue c, Path file) throws Exception {
        return c.addPoster(new NewPoster(Sha256.of(file), file.toString(), Files.size(file), 0, 0, "JPEG", null, null, null, null));
    }

    static List<Path> posters(int n) throws Exception {
        try (var s = Files.list(SharedData.posters().resolve("images"))) {
            return s.sorted().limit(n).toList();
        }
    }
}
