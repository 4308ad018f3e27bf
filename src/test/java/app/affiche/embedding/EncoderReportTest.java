package app.affiche.embedding;

import app.affiche.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The doctor section reports what a real session start gave, or how to install an encoder. */
class EncoderReportTest {
    @TempDir
    Path home;

    @Test
    void reportsTheEncoderThatReallyRuns() throws Exception {
        Path models = home.resolve("models");
        new ModelStore(models, Manifest.builtIn()).install(SharedData.models().resolve("mobilenetv2-12-fp32.onnx"), null);
        List<String> lines = EncoderReport.doctorSection(models, DeviceChoice.CPU);
        assertEquals("Encoder", lines.getFirst());
        assertTrue(lines.contains("Model mobilenetv2-fp32: OK " + models.resolve("mobilenetv2-12-fp32.onnx")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Runs: mobilenetv2-fp32-style (") && l.contains("SHA-256 ok, 2000-d, mean of 3 views) on CPU")),
                lines.toString());
    }

    @Test
    void withNothingInstalledSaysHowToInstall() {
        List<String> lines = EncoderReport.doctorSection(home.resolve("models"), DeviceChoice.AUTO);
        assertTrue(lines.contains(ModelStore.NO_ENCODER), lines.toString());
    }
}
