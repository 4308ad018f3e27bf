package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PgTestServer;
import app.affiche.catalogue.team.WorkerStatus;
import app.affiche.poster.CatalogueLocation;
import app.affiche.catalogue.PosterFilter;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real {@code affiche embed} processes on one PostgreSQL catalogue (a real server) over shared posters imported
 * under an image root: every poster is embedded once, both workers did some, status shows them and the counts.
 */
class SharedEmbedCommandTest {
    @TempDir
    Path tmp;

    @Test
    void twoEmbedProcessesShareThePostersAndEmbedEachOnce() throws Exception {
        Path root = SharedData.posters();
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve("images"))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(120).toList();
        }
        String url = PgTestServer.shared().createDatabase();
        Path home = tmp.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        List<String> importArgs = new ArrayList<>(List.of("--catalogue", url, "import", "--image-root", root.toString()));
        files.forEach(f -> importArgs.add(f.toString()));
        Cli.Run imported = Cli.run(home, importArgs.toArray(String[]::new));
        assertEquals(0, imported.exit(), imported.err());

        List<Process> workers = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Path err = tmp.resolve("worker-" + w + ".err");
            logs.add(err);
            workers.add(Cli.start(home, List.of(), err, "--catalogue", url, "embed", "--device", "cpu", "--batch", "2",
                    "--image-root", root.toString()));
        }
        for (int w = 0; w < 2; w++) {
            assertTrue(workers.get(w).waitFor(300, TimeUnit.SECONDS), "worker " + w + " did not finish");
            assertEquals(0, workers.get(w).exitValue(), Files.readString(logs.get(w)));
        }

        String encoder;
        try (Catalogue c = Catalogue.open(CatalogueLocation.parse(url, home))) {
            List<WorkerStatus> ws = c.workers();
            encoder = ws.getFirst().encoderId(); // the manifest's default
            assertEquals(files.size(), c.embeddedPosterIds(encoder).length, Files.readString(logs.get(0)));
            assertTrue(c.posters(PosterFilter.ALL).stream().allMatch(p -> p.path().startsWith("images/")),
                    "stored relative to the image root");
            assertEquals(2, ws.size());
            int done = 0;
            for (WorkerStatus w : ws) {
                assertTrue(w.done() > 0, "each worker embedded some: " + ws);
                assertTrue(w.stopped());
                done += w.done();
            }
            assertEquals(files.size(), done, "no poster embedded by both: " + ws);
        }
        CliRun status = CliRun.of("--catalogue", url, "status", "--json", "--encoder", encoder);
        JsonObject embed = JsonParser.parseString(status.out()).getAsJsonObject().getAsJsonArray("tasks").get(0)
                .getAsJsonObject();
        assertEquals(files.size(), embed.get("done").getAsInt());
        assertEquals(0, embed.get("pending").getAsInt());
        String text = CliRun.of("--catalogue", url, "status", "--encoder", encoder).out();
        System.out.println(text);
        assertTrue(text.contains("workers: 0 alive of 2"), text);
        assertTrue(!text.contains("password"), text);
    }

    @Test
    void aWorkerKilledWithSigkillLeavesItsPostersToTheNextAfterItsLease() throws Exception {
        Path root = SharedData.posters();
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve("images"))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(200).toList();
        }
        String url = PgTestServer.shared().createDatabase();
        Path home = tmp.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        List<String> importArgs = new ArrayList<>(List.of("--catalogue", url, "import", "--image-root", root.toString()));
        files.forEach(f -> importArgs.add(f.toString()));
        assertEquals(0, Cli.run(home, importArgs.toArray(String[]::new)).exit());

        Process killed = Cli.start(home, List.of(), tmp.resolve("killed.err"), "--catalogue", url, "embed", "--device",
                "cpu", "--batch", "4", "--lease", "3", "--image-root", root.toString());
        int storedBefore;
        try (Catalogue c = Catalogue.open(CatalogueLocation.parse(url, home))) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < until && (c.workers().isEmpty() || c.workers().getFirst().claims() == 0
                    || c.workCounts(c.workers().getFirst().encoderId()).getFirst().done() < 10)) {
                Thread.sleep(100);
            }
            killed.destroyForcibly(); // SIGKILL: no hook, no release of its claims
            assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, killed.exitValue());
            String encoder = c.workers().getFirst().encoderId();
            storedBefore = c.embeddedPosterIds(encoder).length;
            assertTrue(c.workCounts(encoder).getFirst().claimed() > 0, "the killed worker's claims are still there");

            Cli.Run next = Cli.run(home, "--catalogue", url, "embed", "--device", "cpu", "--lease", "3",
                    "--image-root", root.toString());
            assertEquals(0, next.exit(), next.err());
            assertEquals(files.size(), c.embeddedPosterIds(encoder).length, "the next worker took the lapsed claims");
            WorkerStatus second = c.workers().stream().filter(WorkerStatus::stopped).findFirst().orElseThrow();
            assertEquals(files.size() - storedBefore, second.done(), "it embedded exactly what was missing, none twice");
            WorkerStatus lost = c.workers().stream().filter(w -> !w.stopped()).findFirst().orElseThrow();
            assertTrue(!lost.alive(), "the killed one shows as lost");
        }
    }
}
