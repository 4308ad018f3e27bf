package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.team.WorkClaims;
import app.affiche.catalogue.team.WorkTask;
import app.affiche.heads.Predictor;
import app.affiche.pipeline.FieldHeads;
import app.affiche.pipeline.workers.ClaimedTagging;

import java.sql.SQLException;
import java.time.Duration;

/** {@code affiche tag} on a PostgreSQL catalogue: one worker among many, sharing the posters through claims. */
final class SharedTag {
    private static final Duration LEASE = Duration.ofSeconds(60);

    private SharedTag() {
    }

    static int run(Catalogue catalogue, Predictor predictor, String encoder) {
        try (WorkClaims claims = catalogue.claimWork(WorkTask.TAG, encoder, LEASE)) {
            int tagged = ClaimedTagging.run(catalogue, claims, predictor, () -> false);
            System.out.printf("this worker tagged %d posters with %s (shared with the other workers)%n", tagged, encoder);
            FieldHeads.tag(catalogue, encoder, () -> false).forEach((field, n) -> System.out.printf(
                    "field %s: predicted on %d posters without a confirmed value%n", field, n));
            return AfficheCommand.OK;
        } catch (SQLException e) {
            System.err.println("affiche tag: lost the catalogue " + catalogue.location() + ": "
                    + e.getMessage().lines().findFirst().orElse("") + "; the suggestions stored before stay");
            return AfficheCommand.SOME_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AfficheCommand.SOME_FAILED;
        }
    }
}
