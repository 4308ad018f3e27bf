package app.affiche.embedding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What really runs, for {@code affiche doctor}: the encoder, its file and checksum, and the device after a real start. */
public final class EncoderReport {
    private EncoderReport() {
    }

    public static List<String> doctorLines(Path modelsDir, DeviceChoice device) {
        List<String> lines = new ArrayList<>();
        ModelStore store;
        try {
            store = new ModelStore(modelsDir, Manifest.load(modelsDir));
        } catch (EncoderException e) {
            return List.of("encoder: manifest unusable: " + e.getMessage());
        }
        lines.add("models: " + modelsDir);
        lines.addAll(store.verify().stream().map(l -> "  " + l).toList());
        lines.add("ONNX Runtime CUDA provider in this build: " + (Encoders.cudaCompiledIn() ? "yes" : "no (CPU build)"));
        List<String> notices = new ArrayList<>();
        try (Encoder encoder = Encoders.openInstalled(store, null, new Encoders.Options(device, 0), notices::add)) {
            EncoderSpec spec = store.manifest().require(encoder.id());
            lines.add("encoder: " + encoder.id() + " (" + store.fileOf(spec) + ", SHA-256 ok, " + encoder.dimension()
                    + "-d), runs on " + encoder.device());
        } catch (EncoderException e) {
            lines.add("encoder: " + e.getMessage());
        }
        notices.forEach(n -> lines.add("  " + n));
        return lines;
    }
}
