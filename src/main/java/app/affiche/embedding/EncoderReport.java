package app.affiche.embedding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What really runs, for {@code affiche doctor}: installed model files and their checksums, whether this build has
 * CUDA, and the encoder and device after a real session start (so a GPU that cannot start shows as the CPU).
 */
public final class EncoderReport {
    private EncoderReport() {
    }

    /** A doctor section: the title "Encoder", then one line per fact. Reads only; installs and writes nothing. */
    public static List<String> doctorSection(Path modelsDir, DeviceChoice device) {
        List<String> lines = new ArrayList<>(List.of("Encoder"));
        ModelStore store;
        try {
            store = ModelStore.open(modelsDir);
        } catch (EncoderException e) {
            lines.add("Manifest unusable: " + e.getMessage());
            return lines;
        }
        store.verify().forEach(l -> lines.add("Model " + l));
        lines.add("CUDA execution provider in this build: " + (Encoders.cudaCompiledIn() ? "yes" : "no (CPU build)"));
        List<String> notices = new ArrayList<>();
        try (Encoder encoder = Encoders.openInstalled(store, null, new Encoders.Options(device, 0), notices::add)) {
            lines.add("Runs: " + encoder.id() + " (" + store.fileOf(store.manifest().require(encoder.id())) + ", SHA-256 ok, "
                    + encoder.dimension() + "-d" + views(encoder) + ") on " + encoder.device());
        } catch (EncoderException e) {
            lines.add(e.getMessage());
        }
        notices.forEach(lines::add);
        return lines;
    }

    private static String views(Encoder encoder) {
        int n = encoder.preprocessor().viewCount();
        return n == 1 ? "" : ", mean of " + n + " views";
    }
}
