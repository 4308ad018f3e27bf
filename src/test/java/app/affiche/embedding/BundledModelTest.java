package app.affiche.embedding;

import app.affiche.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The encoder an installed app ships ($APPDIR/models) counts as installed; the per-user copy wins; install never writes there. */
class BundledModelTest {
    @TempDir
    Path tmp;

    @Test
    void aShippedEncoderIsUsedWhenThePerUserFolderHasNone() throws Exception {
        Path shipped = SharedData.models();
        ModelStore store = new ModelStore(tmp.resolve("models"), Manifest.builtIn(), shipped);
        EncoderSpec spec = store.choose(null);
        assertEquals("mobilenetv2-fp32-style", spec.id());
        assertEquals(shipped.resolve(spec.file()), store.fileOf(spec));
        ModelStore.checkSha(store.fileOf(spec), spec);
    }

    @Test
    void thePerUserCopyWinsAndInstallWritesThere() throws Exception {
        Path shipped = Files.createDirectories(tmp.resolve("app/models"));
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32");
        Files.writeString(shipped.resolve(spec.file()), "not the model");
        ModelStore store = new ModelStore(tmp.resolve("models"), Manifest.builtIn(), shipped);
        assertTrue(store.isInstalled(spec));

        ModelStore.Installed done = store.install(SharedData.models().resolve(spec.file()), null).getFirst();
        assertEquals(tmp.resolve("models").resolve(spec.file()), done.file());
        assertEquals(done.file(), store.fileOf(spec));
        assertEquals("not the model", Files.readString(shipped.resolve(spec.file())));
    }

    @Test
    void withoutAShippedFolderNothingChanges() throws Exception {
        ModelStore store = new ModelStore(tmp.resolve("models"), Manifest.builtIn(), null);
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32");
        assertFalse(store.isInstalled(spec));
        assertThrows(NoEncoderException.class, () -> store.choose(null));
    }
}
