package app.affiche.embedding;

import app.affiche.poster.Sha256;
import app.affiche.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken copies of the real model, made here: each refused with a message naming the file and what differs. */
class BadModelTest {
    private static final Encoders.Options CPU = new Encoders.Options(DeviceChoice.CPU, 1);
    private static EncoderSpec spec;
    private static Path good;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() throws Exception {
        spec = Manifest.builtIn().require("mobilenetv2-fp32");
        good = SharedData.models().resolve(spec.file());
    }

    @Test
    void missingFile() {
        Path missing = tmp.resolve(spec.file());
        var e = assertThrows(NoEncoderException.class, () -> Encoders.open(spec, missing, CPU, m -> { }));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void truncatedCopyFailsTheShaCheck() throws Exception {
        Path cut = tmp.resolve(spec.file());
        byte[] bytes = Files.readAllBytes(good);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        var e = assertThrows(EncoderException.class, () -> Encoders.open(spec, cut, CPU, m -> { }));
        assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected " + spec.sha256()), e.getMessage());
        assertTrue(e.getMessage().contains("actual " + Sha256.of(cut)), e.getMessage());
        assertTrue(e.getMessage().contains(bytes.length / 2 + " bytes, expected " + bytes.length), e.getMessage());
    }

    @Test
    void flippedByteFailsTheShaCheck() throws Exception {
        Path flipped = tmp.resolve(spec.file());
        byte[] bytes = Files.readAllBytes(good);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(flipped, bytes);
        var e = assertThrows(EncoderException.class, () -> Encoders.open(spec, flipped, CPU, m -> { }));
        assertTrue(e.getMessage().contains("SHA-256 expected " + spec.sha256() + ", actual " + Sha256.of(flipped)), e.getMessage());
    }

    @Test
    void truncatedFileWhoseShaMatchesAnEntryIsRefusedByOnnxRuntime() throws Exception {
        Path cut = tmp.resolve("cut.onnx");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(cut, java.util.Arrays.copyOf(bytes, 4096));
        EncoderSpec cutSpec = withSha(spec, Sha256.of(cut));
        var e = assertThrows(EncoderException.class, () -> Encoders.open(cutSpec, cut, CPU, m -> { }));
        assertTrue(e.getMessage().startsWith("Model file " + cut + " could not be loaded by ONNX Runtime"), e.getMessage());
    }

    @Test
    void wrongInputSizeInManifest() {
        EncoderSpec s = new EncoderSpec(spec.id(), spec.file(), spec.sha256(), spec.bytes(), null, null, spec.inputName(), 256,
                "NCHW", spec.resize(), spec.mean(), spec.std(), spec.outputName(), spec.dimension(), spec.devices(), null);
        var e = assertThrows(EncoderException.class, () -> Encoders.open(s, good, CPU, m -> { }));
        assertTrue(e.getMessage().contains(good.toString()) && e.getMessage().contains("3 x 256 x 256"), e.getMessage());
        assertTrue(e.getMessage().contains("224"), "the real size is named: " + e.getMessage());
    }

    @Test
    void wrongInputNameInManifest() {
        EncoderSpec s = new EncoderSpec(spec.id(), spec.file(), spec.sha256(), spec.bytes(), null, null, "pixel_values", 224,
                "NCHW", spec.resize(), spec.mean(), spec.std(), spec.outputName(), spec.dimension(), spec.devices(), null);
        var e = assertThrows(EncoderException.class, () -> Encoders.open(s, good, CPU, m -> { }));
        assertTrue(e.getMessage().contains("no input named 'pixel_values'") && e.getMessage().contains("[input]"), e.getMessage());
    }

    @Test
    void missingOutputName() {
        EncoderSpec s = new EncoderSpec(spec.id(), spec.file(), spec.sha256(), spec.bytes(), null, null, spec.inputName(), 224,
                "NCHW", spec.resize(), spec.mean(), spec.std(), "features", spec.dimension(), spec.devices(), null);
        var e = assertThrows(EncoderException.class, () -> Encoders.open(s, good, CPU, m -> { }));
        assertTrue(e.getMessage().contains(good.toString()) && e.getMessage().contains("no output named 'features'")
                && e.getMessage().contains("embedding"), e.getMessage());
    }

    @Test
    void wrongDimension() {
        EncoderSpec s = new EncoderSpec(spec.id(), spec.file(), spec.sha256(), spec.bytes(), null, null, spec.inputName(), 224,
                "NCHW", spec.resize(), spec.mean(), spec.std(), spec.outputName(), 512, spec.devices(), null);
        var e = assertThrows(EncoderException.class, () -> Encoders.open(s, good, CPU, m -> { }));
        assertTrue(e.getMessage().contains("(N, 512)") && e.getMessage().contains("1280"), e.getMessage());
    }

    @Test
    void gpuAskedForButUnavailableFailsClearlyAndAutoFallsBack() throws Exception {
        if (Encoders.cudaCompiledIn()) {
            // GPU build: auto either really starts CUDA or says why not and runs on the CPU.
            List<String> notices = new ArrayList<>();
            try (Encoder auto = Encoders.open(spec, good, new Encoders.Options(DeviceChoice.AUTO, 1), notices::add)) {
                assertTrue(auto.device().startsWith("GPU") || auto.device().startsWith("CPU") && notices.size() == 1,
                        auto.device() + " " + notices);
            }
            return;
        }
        var e = assertThrows(EncoderException.class,
                () -> Encoders.open(spec, good, new Encoders.Options(DeviceChoice.GPU, 1), m -> { }));
        assertTrue(e.getMessage().startsWith("GPU requested but unavailable"), e.getMessage());
        List<String> notices = new ArrayList<>();
        try (Encoder auto = Encoders.open(spec, good, new Encoders.Options(DeviceChoice.AUTO, 1), notices::add)) {
            assertTrue(auto.device().startsWith("CPU"), auto.device());
        }
    }

    @Test
    void int8ModelRunsOnCpuAndItsEmbeddingIsTheLogits() throws Exception {
        EncoderSpec int8 = Manifest.builtIn().require("mobilenetv2-int8");
        try (Encoder e = Encoders.open(int8, SharedData.models().resolve(int8.file()), CPU, m -> { })) {
            assertEquals(1000, e.embedTensors(new float[3 * 224 * 224], 1)[0].length);
        }
        var gpu = assertThrows(EncoderException.class, () -> Encoders.open(int8, SharedData.models().resolve(int8.file()),
                new Encoders.Options(DeviceChoice.GPU, 1), m -> { }));
        assertTrue(gpu.getMessage().contains("CPU only"), gpu.getMessage());
    }

    static EncoderSpec withSha(EncoderSpec s, String sha) {
        return new EncoderSpec(s.id(), s.file(), sha, 0, s.source(), s.licence(), s.inputName(), s.inputSize(), s.layout(),
                s.resize(), s.mean(), s.std(), s.outputName(), s.dimension(), s.devices(), s.notes());
    }
}
