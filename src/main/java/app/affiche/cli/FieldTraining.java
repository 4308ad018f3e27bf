package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.FieldHeadReport;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.pipeline.FieldTrainRun;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Locale;

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
        StringBuilder b = new StringBuilder();
        b.append(f("field %s (%s) trained on %d labelled posters, encoder %s, in %.1f s%n", r.field(), r.kind(),
                r.samples(), encoder, r.millis() / 1000.0));
        if (r.kind().equals("regression")) {
            b.append(f("%d-fold cross-validated MAE %.3f   baseline (the training folds' mean) %.3f%n", r.folds(), r.mae(),
                    r.baselineMae()));
            return b.toString();
        }
        b.append(f("classes: %s%n", r.classCounts()));
        b.append(f("%d-fold cross-validated   %8s %8s%n", r.folds(), "head", "baseline"));
        b.append(f("  accuracy                %8.3f %8.3f%n", r.accuracy(), r.baselineAccuracy()));
        b.append(f("  balanced accuracy       %8.3f %8.3f%n", r.balancedAccuracy(), r.baselineBalancedAccuracy()));
        b.append(f("  macro-F1                %8.3f %8.3f%n", r.macroF1(), r.baselineMacroF1()));
        b.append("(baseline: always the training folds' most frequent class)\n");
        return b.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
