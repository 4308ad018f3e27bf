package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.imaging.Fixtures;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file whose name is not valid UTF-8 (a Latin-1 byte), typed on the real command line by a shell: predict and
 * palette find and read it; import, which must store a path that reopens the file, refuses it plainly.
 */
class OddFileNamesTest {
    /** The name as the shell's printf writes it: "café.png" with é as the single Latin-1 byte 0xE9. */
    private static final String ODD_NAME = "$(printf 'caf\\351.png')";

    @TempDir
    Path dir;

    @BeforeEach
    void oddFile() throws Exception {
        Fixtures.write(Fixtures.halves(40, 60, 0xC03020, 0x2060A0), "png", dir.resolve("good.png"));
        Process cp = new ProcessBuilder("sh", "-c", "cp good.png \"" + ODD_NAME + "\"").directory(dir.toFile())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(cp.waitFor(10, TimeUnit.SECONDS) && cp.exitValue() == 0, "the shell cannot write that name");
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names are UTF-8 here");
    }

    /** `affiche ARGS... café.png`, the name's raw byte passed by the shell, in the temporary folder. */
    private Cli.Run withOddName(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" \"" + ODD_NAME + "\"", "sh"));
        command.addAll(Cli.command(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("AFFICHE_HOME", home.toString());
        pb.environment().remove("AFFICHE_CATALOGUE");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "affiche " + String.join(" ", args) + " timed out");
        return new Cli.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void paletteReadsItAndImportRefusesItPlainly() throws Exception {
        Path home = dir.resolve("home");
        Cli.Run palette = withOddName(home, "palette", "--json");
        assertEquals(0, palette.exit(), palette.err());
        assertEquals(2, JsonParser.parseString(palette.out()).getAsJsonObject().getAsJsonArray("colours").size());

        Cli.Run imported = withOddName(home, "import");
        assertEquals(1, imported.exit(), imported.err());
        assertTrue(imported.err().contains("file name is not valid in the file-name encoding (UTF-8)"), imported.err());
        assertFalse(imported.err().contains("no such file"), imported.err());
    }

    /** SQLite opens a catalogue by its name as text: it would silently start a new one, so the name is refused. */
    @Test
    void aCatalogueWithSuchANameIsRefusedNotReplaced() throws Exception {
        Cli.Run list = withOddName(dir.resolve("home"), "list", "--catalogue");
        assertEquals(AfficheCommand.USAGE, list.exit(), list.err());
        assertTrue(list.err().startsWith("--catalogue caf\uFFFD.png: file name is not valid in the file-name encoding "
                + "(UTF-8); rename the file"), list.err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().equals("caf\uFFFD.png")).count(),
                    "no second file whose name reads the same was created");
        }
    }

    @Test
    void predictReadsIt() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        RandomHeads.train(home);
        Cli.Run predicted = withOddName(home, "predict", "--json");
        assertEquals(0, predicted.exit(), predicted.err());
        JsonArray docs = JsonParser.parseString(predicted.out()).getAsJsonArray();
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).getAsJsonObject().get("file").getAsString().startsWith("caf"), docs.toString());
    }
}
