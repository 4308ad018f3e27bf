package app.affiche.embedding;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.util.Pair;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtProvider;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opens encoders: checks the file against its manifest entry (present, SHA-256, input name and shape, output
 * name and size) and starts one ONNX Runtime session on the chosen device. Every failure names the file and
 * what differs.
 */
public final class Encoders {
    static {
        // Belt and braces beside Main: DJL 0.38 otherwise calls home on engine start (Ec2Utils.callHome: EC2
        // metadata at 169.254.169.254, then a telemetry URL) and may download native libraries. Offline mode
        // turns both off; OPT_OUT_TRACKING is DJL's own switch for the telemetry alone.
        Offline.enforce();
        System.setProperty("OPT_OUT_TRACKING", "true");
        // DJL warns on every plain-file model load and on probing CUDA in a CPU build; Affiche reports devices itself.
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl", System.getProperty("org.slf4j.simpleLogger.log.ai.djl", "error"));
    }

    private Encoders() {
    }

    /** Session settings. intraOpThreads 0 means one per core. */
    public record Options(DeviceChoice device, int intraOpThreads) {
        public static Options defaults() {
            return new Options(DeviceChoice.AUTO, 0);
        }

        int threads() {
            return intraOpThreads > 0 ? intraOpThreads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** The chosen (or default) installed encoder of {@code store}. */
    public static Encoder openInstalled(ModelStore store, String id, Options options, Consumer<String> notices) throws EncoderException {
        EncoderSpec spec = store.choose(id);
        return open(spec, store.fileOf(spec), options, notices);
    }

    public static Encoder open(EncoderSpec spec, Path file, Options options, Consumer<String> notices) throws EncoderException {
        byte[] bytes = verifiedBytes(spec, file);
        DeviceChoice choice = options.device();
        if (choice == DeviceChoice.GPU || choice == DeviceChoice.AUTO && cudaCompiledIn() && spec.runsOnGpu()) {
            try {
                if (!spec.runsOnGpu()) throw new EncoderException("encoder " + spec.id() + " runs on the CPU only (manifest devices: " + spec.devices() + ")");
                if (!cudaCompiledIn()) {
                    throw new EncoderException("this build's ONNX Runtime has no CUDA execution provider (build with ./mvnw -Pgpu package)");
                }
                return load(spec, file, bytes, Device.gpu(), options, "GPU (CUDA, device 0)");
            } catch (EncoderException e) {
                if (choice == DeviceChoice.GPU) throw new EncoderException("GPU requested but unavailable: " + e.getMessage(), e);
                notices.accept("CUDA did not start (" + e.getMessage() + "); using the CPU");
            }
        }
        return load(spec, file, bytes, Device.cpu(), options, "CPU (" + options.threads() + " ONNX Runtime thread" + (options.threads() == 1 ? "" : "s") + " per batch)");
    }

    /** The model bytes a session of {@code spec} runs (pooled tensors added as outputs), for a peer to load the same graph. */
    public static byte[] sessionModel(EncoderSpec spec, Path file) throws EncoderException {
        if (spec.pooledList().isEmpty()) return ModelStore.readVerified(file, spec);
        return withPooledOutputs(spec, file, ModelStore.readVerified(file, spec));
    }

    static boolean cudaCompiledIn() {
        try {
            return OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return false;
        }
    }

    /**
     * Checks the file's SHA-256; the bytes to load where pooled statistics need the graph edited in memory (read
     * once, verified and loaded as they are), else null: the session loads the checked file.
     */
    private static byte[] verifiedBytes(EncoderSpec spec, Path file) throws EncoderException {
        if (spec.pooledList().isEmpty()) {
            ModelStore.checkSha(file, spec);
            return null;
        }
        return withPooledOutputs(spec, file, ModelStore.readVerified(file, spec));
    }

    private static byte[] withPooledOutputs(EncoderSpec spec, Path file, byte[] model) throws EncoderException {
        try {
            return GraphOutputs.withOutputs(model, spec.pooledList().stream().map(PooledFeature::tensor).distinct().toList());
        } catch (IllegalArgumentException e) {
            throw new EncoderException("Model file " + file + " could not be read as ONNX: " + e.getMessage(), e);
        }
    }

    /** {@code bytes}: the file's (edited) bytes to load instead of the file; null loads the file. */
    private static Encoder load(EncoderSpec spec, Path file, byte[] bytes, Device device, Options options, String deviceName) throws EncoderException {
        Model model = Model.newInstance(spec.id(), device, "OnnxRuntime");
        try (OrtSession.SessionOptions session = new OrtSession.SessionOptions()) {
            // On few cores the decode workers need the CPU between operators: idle ORT threads sleep, not spin.
            // -Daffiche.ort.spinning=1 turns spinning back on, to measure the difference (bench embed).
            String spinning = "1".equals(System.getProperty("affiche.ort.spinning")) ? "1" : "0";
            session.addConfigEntry("session.intra_op.allow_spinning", spinning);
            session.addConfigEntry("session.inter_op.allow_spinning", spinning);
            if (!device.isGpu()) SessionMemory.configure(session);
            Map<String, Object> settings = new HashMap<>(Map.of("sessionOptions", session,
                    "interOpNumThreads", "1", "intraOpNumThreads", Integer.toString(options.threads())));
            // -Daffiche.ort.profile=PREFIX writes ONNX Runtime's profile: each node with the provider that ran it.
            String profile = System.getProperty("affiche.ort.profile");
            if (profile != null) settings.put("profilerOutput", profile);
            if (bytes == null) model.load(file, null, settings);
            else model.load(new java.io.ByteArrayInputStream(bytes), settings);
        } catch (OrtException | MalformedModelException | IOException | RuntimeException e) {
            model.close();
            throw new EncoderException("Model file " + file + " could not be loaded by ONNX Runtime on " + device
                    + ": " + OnnxEncoder.rootMessage(e), e);
        }
        // The one-thread sibling re-reads (and re-verifies) the file when first asked for, rather than keep its bytes.
        OnnxEncoder.SiblingFactory sibling = device.isGpu() || options.threads() == 1 ? null
                : () -> load(spec, file, verifiedBytes(spec, file), Device.cpu(), new Options(DeviceChoice.CPU, 1),
                        "CPU (1 ONNX Runtime thread per batch)");
        OnnxEncoder encoder = new OnnxEncoder(spec, file, model, deviceName, sibling);
        try {
            checkInput(spec, file, model);
            encoder.embedTensors(new float[encoder.preprocessor().tensorLength()], 1); // warm-up, checks the output
        } catch (EncoderException e) {
            encoder.close();
            throw new EncoderException(e.getMessage().startsWith("Model file") ? e.getMessage()
                    : "Model file " + file + " does not fit manifest entry " + spec.id() + " (input '" + spec.inputName()
                    + "' N x 3 x " + spec.inputSize() + " x " + spec.inputSize() + ", output '" + spec.outputName() + "' N x "
                    + spec.dimension() + "): " + OnnxEncoder.rootMessage(e), e);
        }
        return encoder;
    }

    /** DJL does not report input shapes for ONNX models: the name is checked here, the shape by the warm-up run. */
    private static void checkInput(EncoderSpec spec, Path file, Model model) throws EncoderException {
        List<String> names = new ArrayList<>();
        for (Pair<String, Shape> input : model.describeInput()) names.add(input.getKey());
        if (!names.contains(spec.inputName())) {
            throw new EncoderException("Model file " + file + " has no input named '" + spec.inputName()
                    + "' (manifest entry " + spec.id() + "); its inputs: " + names);
        }
    }
}
