package app.affiche.cli;

import app.affiche.catalogue.PgTestServer;
import app.affiche.catalogue.TestPosters;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The command line on a team catalogue: {@code --catalogue postgresql://...} import, label, list, export, refusals. */
class PgCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void importLabelListAndExportRoundTripOnPostgresql() throws Exception {
        String url = PgTestServer.shared().createDatabase();
        TestPosters.writeJpeg(dir.resolve("img/a.jpg"), 1);
        TestPosters.writeJpeg(dir.resolve("img/b.jpg"), 2);
        Path labels = Files.writeString(dir.resolve("labels.csv"), "file,title,year,genres\n"
                + "img/a.jpg,Stagecoach,1939,Western\nimg/b.jpg,Alien,1979,Horror|Science Fiction\n");

        CliRun imported = CliRun.of("--catalogue", url, "import", dir.resolve("img").toString(), "--labels",
                labels.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        CliRun label = CliRun.of("--catalogue", url, "label", dir.resolve("img/a.jpg").toString(), "--genres",
                "Western,Drama");
        assertEquals(0, label.exitCode(), label.err());

        CliRun list = CliRun.of("--catalogue", url, "list", "--genre", "drama", "--json");
        assertEquals(0, list.exitCode(), list.err());
        JsonArray rows = JsonParser.parseString(list.out()).getAsJsonArray();
        assertEquals(1, rows.size(), list.out());
        assertEquals("Stagecoach", rows.get(0).getAsJsonObject().get("title").getAsString());

        Path csv = dir.resolve("export.csv");
        CliRun export = CliRun.of("--catalogue", url, "export", "--csv", csv.toString(), "--fields",
                "title,year,genres,label_source");
        assertEquals(0, export.exitCode(), export.err());
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(csv)) {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertEquals(2, records.size());
        CSVRecord stagecoach = records.stream().filter(x -> x.get("title").equals("Stagecoach")).findFirst().orElseThrow();
        assertEquals("Drama|Western", stagecoach.get("genres"));
        assertEquals("curator", stagecoach.get("label_source"));
        assertFalse(Files.readString(csv).contains("postgresql://"), "the export holds posters, not where they live");
    }

    @Test
    void aPasswordInTheUrlOrABackupOfATeamCatalogueIsAUsageError() {
        CliRun password = CliRun.of("--catalogue", "postgresql://affiche:hunter2@127.0.0.1:5432/posters", "list");
        assertEquals(2, password.exitCode());
        assertTrue(password.err().contains("~/.pgpass"), password.err());
        assertFalse(password.err().contains("hunter2"), password.err());

        CliRun backup = CliRun.of("--catalogue", "postgresql://affiche@127.0.0.1:5432/posters", "backup");
        assertEquals(2, backup.exitCode());
        assertTrue(backup.err().contains("pg_dump"), backup.err());
    }

    /** The launcher in a child JVM with PGPASSWORD (and AFFICHE_CATALOGUE) in its environment, as a user runs it. */
    private Cli.Run withEnvironment(String url, String password, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Cli.command(args));
        pb.environment().put("AFFICHE_HOME", dir.resolve("home").toString());
        pb.environment().put("AFFICHE_CATALOGUE", url);
        pb.environment().put("PGPASSWORD", password);
        pb.environment().put("PGPASSFILE", dir.resolve("no-pgpass").toString());
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "affiche " + String.join(" ", args));
        return new Cli.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void pgpasswordLogsInAndARefusedOneIsNamedWithoutShowingIt() throws Exception {
        String secret = "Tr0ub4dor-and-3";
        try (PgTestServer server = PgTestServer.startPrivate(secret)) {
            String url = server.url("postgres");
            Cli.Run wrong = withEnvironment(url, "x" + secret, "list");
            assertEquals(1, wrong.exit(), wrong.err());
            assertTrue(wrong.err().contains("refused the login of user affiche"), wrong.err());
            assertFalse(wrong.err().contains(secret) || wrong.out().contains(secret), wrong.err());

            Cli.Run right = withEnvironment(url, secret, "doctor");
            assertEquals(0, right.exit(), right.err());
            assertTrue(right.out().contains("Catalogue: " + url), right.out());
            assertFalse(right.out().contains(secret) || right.err().contains(secret), right.out());
        }
    }

    @Test
    void anUnreachableServerIsOneClearLineAndExitCode1() {
        CliRun list = CliRun.of("--catalogue", "postgresql://affiche@no-such-host.invalid/posters", "list");
        assertEquals(1, list.exitCode());
        assertTrue(list.err().contains("cannot open catalogue postgresql://affiche@no-such-host.invalid:5432/posters: "
                + "unknown host no-such-host.invalid"), list.err());
    }
}
