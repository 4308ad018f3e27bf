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

    @Override
    public Integer call() {
        encoder = HeadsCli.resolve(root.paths(), encoder);
        HeadsConfig cfg = HeadsConfig.defaults().withSeed(seed);
        try (Catalogue catalogue = Catalogue.open(root.paths().catalogue())) {
            TrainingReport r = new TrainRun(catalogue, cfg).run(encoder, (done, total, msg) -> { }, () -> false);
            System.out.print(HeadsCli.describe(r));
            return AfficheCommand.OK;
        } catch (HeadsException e) {
            System.err.println("affiche train: " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
    }
}
