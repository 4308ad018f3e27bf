package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.team.WorkClaims;
import app.affiche.catalogue.team.WorkTask;
import app.affiche.embedding.Encoder;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.CatalogueEmbedding;
import app.affiche.pipeline.EmbedBatch;
import app.affiche.pipeline.workers.ClaimedEmbedding;
import app.affiche.pipeline.workers.ImageRoot;

import java.sql.SQLException;
import java.time.Duration;

/**
 * {@code affiche embed} on a PostgreSQL catalogue: this process is one worker among any number, on any machines,
 * taking its share of the pending posters through claims (see {@link ClaimedEmbedding}).
 */
final class SharedEmbed {
    private SharedEmbed() {
    }

    static int run(Catalogue catalogue, Encoder encoder, EmbedBatch.Settings settings, ImageRoot root, Duration lease)
            throws InterruptedException {
        try (WorkClaims claims = catalogue.claimWork(WorkTask.EMBED, encoder.id(), lease)) {
            System.err.println("worker " + claims.workerId() + ": " + claims.remaining() + " posters pending with "
                    + encoder.id() + ", shared with the other workers" + (root.root() == null ? ""
                    : "; images under " + root.root()));
            PosterDecoder decoder = new PosterDecoder();
            int side = encoder.preprocessor().side();
            ClaimedEmbedding run = new ClaimedEmbedding(claims, encoder, f -> decoder.read(f, side), settings, root, lease);
            EmbedBatch.Result result;
            try (StopSignals signals = new StopSignals(() -> {
                run.cancel();
                System.err.println(System.lineSeparator() + "stopping: storing what is embedded; the rest is left to"
                        + " the other workers (Ctrl-C again: stop at once)");
            })) {
                result = run.run(CatalogueEmbedding.sink(catalogue, encoder.id()), p -> System.err.printf(
                        "\rembedded %d, failed %d by this worker; %d pending in all   ", p.embedded(), p.failed(),
                        p.remaining()));
            }
            System.err.println(System.lineSeparator() + "this worker embedded " + result.embedded() + ", failed "
                    + result.failed() + (result.cancelled() ? " (stopped early)" : ""));
            return result.failed() > 0 || result.cancelled() ? AfficheCommand.SOME_FAILED : AfficheCommand.OK;
        } catch (SQLException e) {
            System.err.println(System.lineSeparator() + "lost the catalogue " + catalogue.location() + " during the"
                    + " batch: " + firstLine(e) + ". Every embedding stored before stays; posters this worker held go"
                    + " back to the others when its lease (" + lease.toSeconds() + " s) runs out; run again to go on.");
            return AfficheCommand.SOME_FAILED;
        }
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m).replaceFirst("^(FATAL|ERROR): ", "");
    }
}
