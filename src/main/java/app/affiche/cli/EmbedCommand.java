package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CatalogueException;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.CatalogueEmbedding;
import app.affiche.pipeline.EmbedBatch;
import app.affiche.poster.AffichePaths;
import picocli.CommandLine.Command;
import app.affiche.pipeline.workers.ImageRoot;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** Embeds every catalogued poster that lacks an embedding for the encoder. Ctrl-C safe; a rerun resumes. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Embed every catalogued poster lacking an embedding (resumable; exit 1 if any failed).")
final class EmbedCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;

    @Mixin
    EmbedOptions options;

    @Option(names = "--image-root", paramLabel = "DIR", description = "Where this machine mounts the shared image "
            + "folder that relative poster paths are under (default: $AFFICHE_IMAGE_ROOT).")
    Path imageRoot;

    @Option(names = "--lease", paramLabel = "SECONDS", defaultValue = "60", description = "On a PostgreSQL catalogue: "
            + "how long a claim holds without this worker's heartbeat before others may take it. Default: ${DEFAULT-VALUE}.")
    int leaseSeconds;

    @Override
    public Integer call() {
        AffichePaths paths = root.paths();
        try (Encoder encoder = options.open(paths.models()); Catalogue catalogue = Catalogue.open(paths.location())) {
            if (catalogue.location().postgresql()) {
                return SharedEmbed.run(catalogue, encoder, options.settings(), ImageRoot.of(imageRoot),
                        Duration.ofSeconds(Math.max(2, leaseSeconds)));
            }
            List<EmbedBatch.Item> pending = CatalogueEmbedding.pending(catalogue, encoder.id());
            System.err.println(pending.size() + " posters to embed with " + encoder.id());
            int failedBefore = catalogue.embeddingFailures(encoder.id()).size();
            if (failedBefore > 0) System.err.println(failedBefore + " posters failed in an earlier run and are not retried");
            PosterDecoder decoder = new PosterDecoder();
            int side = encoder.preprocessor().side();
            EmbedBatch batch = new EmbedBatch(encoder, f -> decoder.read(f, side), options.settings());
            // Ctrl-C / SIGTERM: stop taking posters, finish the batches in flight, store them, close the session,
            // then exit; a second Ctrl-C exits at once. A shutdown hook used to do this and lost the race with
            // ONNX Runtime's own hook, which frees the native environment under a running batch (SIGSEGV).
            EmbedBatch.Result result;
            try (StopSignals signals = new StopSignals(() -> {
                batch.cancel();
                System.err.println(System.lineSeparator() + "stopping: storing what is embedded; run again to continue"
                        + " (Ctrl-C again: stop at once)");
            })) {
                result = batch.run(pending, CatalogueEmbedding.sink(catalogue, encoder.id()), new ProgressLine());
            }
            System.err.println("embedded " + result.embedded() + ", failed " + result.failed() + (result.cancelled() ? " (stopped early)" : ""));
            return result.failed() > 0 || result.cancelled() ? AfficheCommand.SOME_FAILED : AfficheCommand.OK;
        } catch (EncoderException | CatalogueException e) {
            System.err.println(e.getMessage());
            return AfficheCommand.SOME_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AfficheCommand.SOME_FAILED;
        }
    }

}
