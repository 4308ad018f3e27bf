package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.FieldHeadReport;
import app.affiche.heads.FieldHeadReportText;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.pipeline.FieldTrainRun;
import picocli.CommandLine.Model.CommandSpec;

/** `affiche train --field NAME`: trains the field's head and prints its cross-validated report beside the baseline. */
final class FieldTraining {
    private FieldTraining() {
    }

    static int run(CommandSpec spec, AfficheCommand root, HeadsConfig cfg, String encoder, String field, String bins,
                   boolean regression, int folds, boolean json) {
        if (folds < 2 || folds > 20) {
            spec.commandLine().getErr().println("affiche train: --folds must be 2 to 20");
            return AfficheCommand.USAGE;
        }
        return CliSupport.guarded(spec, () -> {
            try (Catalogue catalogue = CliSupport.open(root)) {
                FieldHeadReport r = new FieldTrainRun(catalogue, cfg, folds).run(field, encoder, bins, regression, () -> false)
                        .report();
                if (json) CliSupport.printJson(spec, r);
                else spec.commandLine().getOut().print(describe(r, encoder));
                return AfficheCommand.OK;
            } catch (HeadsException e) {
                spec.commandLine().getErr().println("affiche train: " + e.getMessage());
                return AfficheCommand.SOME_FAILED;
            }
        });
    }

    static String describe(FieldHeadReport r, String encoder) {
        return FieldHeadReportText.describe(r, encoder);
    }
}
