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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Embeds every catalogued poster that lacks an embedding for the encoder. Ctrl-C safe; a rerun resumes. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Embed every catalogued poster lacking an embedding (resumable; exit 1 if any failed).")
final class EmbedCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;

    @Mixin
    EmbedOptions options;

    @Override
    public Integer call() {
        AffichePaths paths = root.paths();
        CountDownLatch finished = new CountDownLatch(1);
        try (Encoder encoder = options.open(paths.models()); Catalogue catalogue = Catalogue.open(paths.catalogue())) {
            List<EmbedBatch.Item> pending = CatalogueEmbedding.pending(catalogue, encoder.id());
            System.err.println(pending.size() + " posters to embed with " + encoder.id());
            int failedBefore = catalogue.embeddingFailures(encoder.id()).size();
            if (failedBefore > 0) System.err.println(failedBefore + " posters failed in an earlier run and are not retried");
            PosterDecoder decoder = new PosterDecoder();
            int side = encoder.preprocessor().side();
            EmbedBatch batch = new EmbedBatch(encoder, f -> decoder.read(f, side), options.settings());
            Thread onCtrlC = new Thread(() -> {
                batch.cancel();
                System.err.println(System.lineSeparator() + "stopping: storing what is embedded; run again to continue");
                awaitQuietly(finished);
            });
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            EmbedBatch.Result result = batch.run(pending, CatalogueEmbedding.sink(catalogue, encoder.id()), new ProgressLine());
            removeQuietly(onCtrlC);
            System.err.println("embedded " + result.embedded() + ", failed " + result.failed() + (result.cancelled() ? " (stopped early)" : ""));
            return result.failed() > 0 || result.cancelled() ? AfficheCommand.SOME_FAILED : AfficheCommand.OK;
        } catch (EncoderException | CatalogueException e) {
            System.err.println(e.getMessage());
            return AfficheCommand.SOME_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AfficheCommand.SOME_FAILED;
        } finally {
            finished.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C arrived: the hook is running and waits for us.
        }
    }
}
