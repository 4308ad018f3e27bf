package app.affiche.cli;

import app.affiche.embedding.DeviceChoice;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;
import app.affiche.embedding.ModelStore;
import app.affiche.pipeline.EmbedBatch;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that embed: encoder, device, batch size, decode workers, ONNX Runtime threads. */
final class EmbedOptions {
    @Option(names = "--encoder", paramLabel = "ID", description = "Manifest id of the encoder (default: the manifest's default if installed).")
    String encoderId;

    @Option(names = "--device", paramLabel = "D", defaultValue = "auto",
            description = "cpu, gpu or auto (CUDA if it starts, else CPU). Default: ${DEFAULT-VALUE}.")
    DeviceChoice device;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32", description = "Images per inference batch. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "Decode/preprocess threads (0: one per two cores, at least one).")
    int workers;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "ONNX Runtime intra-op threads on the CPU (0: one per core).")
    int threads;

    EmbedBatch.Settings settings() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new EmbedBatch.Settings(batch, workers > 0 ? workers : Math.max(1, cores / 2));
    }

    @Option(names = "--models", paramLabel = "DIR", description = "Read model files from DIR instead of the installed models.")
    Path modelsDir;

    Encoder open(Path installedModels) throws EncoderException {
        Path dir = modelsDir != null ? modelsDir : installedModels;
        ModelStore store = new ModelStore(dir, Manifest.load(dir));
        Encoder encoder = Encoders.openInstalled(store, encoderId, new Encoders.Options(device, threads), System.err::println);
        System.err.println("encoder " + encoder.id() + " on " + encoder.device());
        return encoder;
    }
}
