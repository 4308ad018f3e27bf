package app.affiche.cli;

import app.affiche.embedding.DeviceChoice;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Encoders;
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
            description = "ONNX Runtime intra-op threads per batch on the CPU (0: cores / inference threads).")
    int threads;

    @Option(names = "--inference-threads", paramLabel = "N", defaultValue = "0",
            description = "Batches run at once on the shared session (0: two, or one on a one-core machine).")
    int inferenceThreads;

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    int inferenceThreads() {
        return inferenceThreads > 0 ? inferenceThreads : Math.min(2, cores());
    }

    /** ORT threads per batch: by default the cores shared out between the concurrent batches. */
    int intraOpThreads() {
        return threads > 0 ? threads : Math.max(1, cores() / inferenceThreads());
    }

    EmbedBatch.Settings settings() {
        return new EmbedBatch.Settings(batch, workers > 0 ? workers : Math.max(1, cores() / 2), inferenceThreads());
    }

    @Option(names = "--models", paramLabel = "DIR", description = "Read model files from DIR instead of the installed models.")
    Path modelsDir;

    ModelStore store(Path installedModels) throws EncoderException {
        return ModelStore.open(modelsDir != null ? modelsDir : installedModels);
    }

    Encoder open(Path installedModels) throws EncoderException {
        ModelStore store = store(installedModels);
        Encoder encoder = Encoders.openInstalled(store, encoderId, new Encoders.Options(device, intraOpThreads()), System.err::println);
        System.err.println("encoder " + encoder.id() + " on " + encoder.device());
        return encoder;
    }
}
