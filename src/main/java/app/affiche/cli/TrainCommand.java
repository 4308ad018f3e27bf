package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.heads.TrainingReport;
import app.affiche.pipeline.TrainRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the genre and decade heads from the catalogue's confirmed labels (curator and import).")
final class TrainCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder whose embeddings to train on (default: the manifest's default encoder).")
    String encoder;

    @Option(names = "--seed", description = "Fold split and solver seed (default: ${DEFAULT-VALUE}).")
    long seed = HeadsConfig.defaults().seed();

    @Option(names = "--field", paramLabel = "NAME", description = "Train a head for this extra field instead "
            + "(affiche field list): a category field as classes, a number field as a regression or as --bins.")
    String field;

    @Option(names = "--bins", paramLabel = "SPEC", description = "With --field, a number field's named ranges, e.g. "
            + "\"bad<5.5<=okay<7<=good\" (a range named _ is left out); kept for the next training.")
    String bins;

    @Option(names = "--regression", description = "With --field, train a number field as a regression even if it has bins.")
    boolean regression;

    @Option(names = "--folds", description = "With --field, cross-validation folds for the report (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--json", description = "With --field, print the report as JSON.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        encoder = HeadsCli.resolve(root.paths(), encoder);
        HeadsConfig cfg = HeadsConfig.defaults().withSeed(seed);
        if (field != null) return FieldTraining.run(spec, root, cfg, encoder, field, bins, regression, folds, json);
        if (bins != null || regression) {
            System.err.println("affiche train: --bins and --regression go with --field NAME");
            return AfficheCommand.USAGE;
        }
        try (Catalogue catalogue = Catalogue.open(root.paths().location())) {
            TrainingReport r = new TrainRun(catalogue, cfg).run(encoder, (done, total, msg) -> { }, () -> false);
            System.out.print(HeadsCli.describe(r));
            return AfficheCommand.OK;
        } catch (HeadsException e) {
            System.err.println("affiche train: " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
    }
}
