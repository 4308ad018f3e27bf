package app.affiche.cli;

import app.affiche.imaging.Fixtures;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaletteCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return AfficheCommand.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsColoursGreysAndANoteWhenFewer() throws Exception {
        Path png = Fixtures.write(Fixtures.bands(100, 100, new int[]{0xE02020, 0x202020}, new double[]{0.75, 0.25}),
                "png", dir.resolve("poster.png"));
        assertEquals(AfficheCommand.OK, run("palette", png.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("dominant #E02020  rgb(224,  32,  32)   75.0 %"), text);
        assertTrue(text.contains("greys:\n  #202020"), text);
        assertTrue(text.contains("note: only 1 distinct colour"), text);
    }

    @Test
    void jsonIsMachineReadable() throws Exception {
        Path png = Fixtures.write(Fixtures.halves(60, 60, 0x2050D0, 0xF0C020), "png", dir.resolve("p.png"));
        assertEquals(AfficheCommand.OK, run("palette", png.toString(), "--colors", "3", "--json"));
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(3, json.get("requested").getAsInt());
        assertTrue(json.get("fewerThanRequested").getAsBoolean());
        assertEquals(2, json.getAsJsonArray("colours").size());
        JsonObject first = json.getAsJsonArray("colours").get(0).getAsJsonObject();
        assertEquals(0.5, first.get("share").getAsDouble(), 0.01);
        assertEquals(3, first.getAsJsonArray("rgb").size());
        assertTrue(first.get("hex").getAsString().matches("#[0-9A-F]{6}"));
    }

    @Test
    void badFileNamesFileAndReasonAndExitsOne() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        assertEquals(AfficheCommand.SOME_FAILED, run("palette", empty.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(empty + ": empty file"), err.toString());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(AfficheCommand.USAGE, run("palette"));
        assertEquals(AfficheCommand.USAGE, run("palette", "x.jpg", "--colors", "0"));
        assertEquals(AfficheCommand.USAGE, run("palette", "x.jpg", "--colors", "many"));
    }
}
