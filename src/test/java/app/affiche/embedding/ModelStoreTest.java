package app.affiche.embedding;

import app.affiche.poster.Sha256;
import app.affiche.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Installing from a folder or a file, the SHA-256 gate, verify, the user manifest, and the "none installed" message. */
class ModelStoreTest {
    @TempDir
    Path home;

    @Test
    void installsEveryManifestFileFoundInAFolderAndVerifiesThem() throws Exception {
        ModelStore store = new ModelStore(home.resolve("models"), Manifest.builtIn());
        List<ModelStore.Installed> done = store.install(SharedData.models(), null);
        assertEquals(List.of("mobilenetv2-fp32-style", "mobilenetv2-fp32-views", "mobilenetv2-fp32", "mobilenetv2-posters", "mobilenetv2-int8"),
                done.stream().map(i -> i.spec().id()).toList());
        for (var i : done) assertEquals(i.spec().sha256(), Sha256.of(i.file()));
        assertTrue(store.verify().stream().allMatch(l -> l.contains(": OK ")), store.verify().toString());
        assertEquals("mobilenetv2-fp32-style", store.choose(null).id());
        assertEquals(done.get(0).file(), done.get(2).file(), "three entries of one file: one copy");
    }

    @Test
    void refusesAFileWhoseShaDiffersAndInstallsNothing() throws Exception {
        Path src = home.resolve("incoming");
        Files.createDirectories(src);
        byte[] bytes = Files.readAllBytes(SharedData.models().resolve("mobilenetv2-12-int8.onnx"));
        bytes[100] ^= 0x40;
        Path bad = Files.write(src.resolve("mobilenetv2-12-int8.onnx"), bytes);
        ModelStore store = new ModelStore(home.resolve("models"), Manifest.builtIn());
        var e = assertThrows(EncoderException.class, () -> store.install(bad, null));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("expected cc028fe6")
                && e.getMessage().contains("actual " + Sha256.of(bad)), e.getMessage());
        assertFalse(Files.exists(home.resolve("models/mobilenetv2-12-int8.onnx")));
    }

    @Test
    void verifyReportsAFileDamagedAfterInstall() throws Exception {
        ModelStore store = new ModelStore(home.resolve("models"), Manifest.builtIn());
        store.install(SharedData.models().resolve("mobilenetv2-12-int8.onnx"), null);
        Path installed = home.resolve("models/mobilenetv2-12-int8.onnx");
        Files.write(installed, new byte[]{1, 2, 3});
        assertTrue(store.verify().contains("mobilenetv2-fp32: not installed"));
        assertTrue(store.verify().stream().anyMatch(l -> l.startsWith("mobilenetv2-int8: BAD ") && l.contains(installed.toString())));
        assertFalse(store.allInstalledIntact());
    }

    @Test
    void withNothingInstalledSaysHowToInstall() throws Exception {
        ModelStore store = new ModelStore(home.resolve("models"), Manifest.builtIn());
        var e = assertThrows(NoEncoderException.class, () -> store.choose(null));
        assertEquals("No encoder installed. Install one with: affiche models install <dir-with-mobilenetv2-12-fp32.onnx>", e.getMessage());
    }

    @Test
    void aFileOfAnotherNameNeedsAnId() throws Exception {
        Path renamed = Files.copy(SharedData.models().resolve("mobilenetv2-12-int8.onnx"), home.resolve("int8.onnx"));
        ModelStore store = new ModelStore(home.resolve("models"), Manifest.builtIn());
        assertThrows(EncoderException.class, () -> store.install(renamed, null));
        assertEquals("mobilenetv2-int8", store.install(renamed, "mobilenetv2-int8").getFirst().spec().id());
        assertTrue(Files.exists(home.resolve("models/mobilenetv2-12-int8.onnx")));
    }

    @Test
    void userManifestAddsAnEncoderWithoutCode() throws Exception {
        Path models = Files.createDirectories(home.resolve("models"));
        Files.writeString(models.resolve(Manifest.FILE_NAME), """
                {"encoders": [{"id": "clip-vit-b32", "file": "clip-vit-b32-visual.onnx",
                  "sha256": "%s", "inputName": "pixel_values", "inputSize": 224, "layout": "NCHW",
                  "resize": "centre-crop", "mean": [0.4815, 0.4578, 0.4082], "std": [0.2686, 0.2613, 0.2758],
                  "outputName": "image_embeds", "dimension": 512, "devices": ["cpu", "gpu"]}]}
                """.formatted("ab".repeat(32)));
        Manifest m = Manifest.load(models);
        assertEquals(6, m.all().size());
        EncoderSpec clip = m.require("clip-vit-b32");
        assertEquals(512, clip.dimension());
        assertFalse(clip.padsToSquare());
        assertEquals("mobilenetv2-fp32-style", m.defaultId());
    }

    @Test
    void aBrokenManifestEntryIsNamed() {
        var e = assertThrows(EncoderException.class, () -> Manifest.parse(new StringReader("""
                {"encoders": [{"id": "x", "file": "x.onnx", "sha256": "00", "inputName": "in", "inputSize": 224,
                  "layout": "NHWC", "resize": "stretch", "mean": [0], "std": [1, 1, 1], "outputName": "o",
                  "dimension": 8, "devices": ["cpu"]}]}"""), "test.json"));
        assertTrue(e.getMessage().contains("test.json, entry x") && e.getMessage().contains("sha256")
                && e.getMessage().contains("layout must be NCHW") && e.getMessage().contains("resize")
                && e.getMessage().contains("mean"), e.getMessage());
    }

    @Test
    void builtInManifestIsTheRepositoryFile() throws Exception {
        // One source of truth: the packaged resource is a copy of models/encoders.json.
        Path repoFile = Path.of("models/encoders.json");
        if (!Files.exists(repoFile)) return;
        try (var in = Manifest.class.getResourceAsStream(Manifest.RESOURCE)) {
            assertEquals(Files.readString(repoFile), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
