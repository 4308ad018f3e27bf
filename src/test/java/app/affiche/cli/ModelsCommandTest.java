package app.affiche.cli;

import app.affiche.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `affiche models` and the no-encoder message, through the real launcher in a child JVM honouring AFFICHE_HOME. */
class ModelsCommandTest {
    @TempDir
    Path tmp;

    @Test
    void withoutAnEncoderEmbedSaysHowToInstallOneAndExits1() throws Exception {
        Cli.Run r = Cli.run(tmp.resolve("home"), "embed");
        assertEquals(1, r.exit(), r.err());
        assertEquals("No encoder installed. Install one with: affiche models install <dir-with-mobilenetv2-12-fp32.onnx>",
                r.err().strip(), r.err());
    }

    @Test
    void installListVerifyAndADamagedFile() throws Exception {
        Path home = tmp.resolve("home");
        Cli.Run install = Cli.run(home, "models", "install", SharedData.models().toString());
        assertEquals(0, install.exit(), install.err());
        assertTrue(install.out().contains("installed mobilenetv2-fp32 -> " + home.resolve("models/mobilenetv2-12-fp32.onnx")), install.out());

        Cli.Run list = Cli.run(home, "models", "list");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("mobilenetv2-fp32-style") && l.contains("installed") && l.contains("(default)")), list.out());

        Path int8 = home.resolve("models/mobilenetv2-12-int8.onnx");
        byte[] bytes = Files.readAllBytes(int8);
        bytes[bytes.length - 1] ^= 1;
        Files.write(int8, bytes);
        Cli.Run verify = Cli.run(home, "models", "verify");
        assertEquals(1, verify.exit());
        assertTrue(verify.out().contains("mobilenetv2-fp32: OK"), verify.out());
        assertTrue(verify.out().contains("mobilenetv2-int8: BAD Model file " + int8), verify.out());
        assertFalse(verify.err().contains("Exception"), verify.err());

        Cli.Run listed = Cli.run(home, "models", "list");
        assertEquals(1, listed.exit(), "list fails like verify");
        String int8Line = listed.out().lines().filter(l -> l.startsWith("mobilenetv2-int8 ")).findFirst().orElseThrow();
        assertTrue(int8Line.contains(" DAMAGED ") && !int8Line.contains(" installed "), "the tampered file: " + int8Line);
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("mobilenetv2-fp32 ") && l.contains(" installed ")),
                listed.out());
        assertTrue(listed.err().contains("mobilenetv2-int8: BAD Model file " + int8)
                && listed.err().contains("Reinstall it: affiche models install <dir-with-mobilenetv2-12-int8.onnx>"), listed.err());
        Cli.Run chosen = Cli.run(home, "models", "default", "mobilenetv2-int8");
        assertEquals(1, chosen.exit(), "a damaged encoder is not made the default");
        assertTrue(chosen.err().contains("does not match encoder mobilenetv2-int8"), chosen.err());
        assertEquals("default encoder: mobilenetv2-fp32-style", Cli.run(home, "models", "default").out().strip());
    }

    @Test
    void refusesAMismatchWithFileExpectedAndActual() throws Exception {
        Path bad = tmp.resolve("mobilenetv2-12-int8.onnx");
        Files.write(bad, new byte[]{1, 2, 3});
        Cli.Run r = Cli.run(tmp.resolve("home"), "models", "install", bad.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(bad.toString()) && r.err().contains("expected cc028fe6") && r.err().contains("actual 039058c6"), r.err());
        assertFalse(Files.exists(tmp.resolve("home/models/mobilenetv2-12-int8.onnx")));
    }

    @Test
    void theDefaultIsShownAndSetKeepingTheUsersOwnEntries() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("models"));
        Path user = home.resolve("models/encoders.json");
        Files.writeString(user, """
                {"encoders": [{"id": "mine", "file": "mine.onnx", "sha256": "%s", "inputName": "input", "inputSize": 224,
                  "layout": "NCHW", "resize": "centre-crop", "mean": [0, 0, 0], "std": [1, 1, 1], "outputName": "out",
                  "dimension": 8, "devices": ["cpu"]}]}
                """.formatted("0".repeat(64)));
        assertEquals("default encoder: mobilenetv2-fp32-style", Cli.run(home, "models", "default").out().strip());
        Cli.Run missing = Cli.run(home, "models", "default", "mobilenetv2-fp32");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("not installed"), missing.err());

        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().resolve("mobilenetv2-12-fp32.onnx").toString()).exit());
        Cli.Run set = Cli.run(home, "models", "default", "mobilenetv2-fp32");
        assertEquals(0, set.exit(), set.err());
        assertEquals("default encoder: mobilenetv2-fp32", Cli.run(home, "models", "default").out().strip());
        assertTrue(Files.readString(user).contains("\"mine\""), "the user's own entry is kept");
        assertTrue(Cli.run(home, "models", "list").out().lines().anyMatch(l -> l.startsWith("mobilenetv2-fp32 ") && l.contains("(default)")));

        Cli.Run unknown = Cli.run(home, "models", "default", "resnet-9000");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("Unknown encoder 'resnet-9000'"), unknown.err());
    }
}
