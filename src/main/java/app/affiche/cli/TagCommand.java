package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.HeadsException;
import app.affiche.heads.Predictor;
import app.affiche.pipeline.FieldHeads;
import app.affiche.pipeline.TagBatch;
import app.affiche.pipeline.TrainedHeads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Predict genres for every embedded poster without model labels and store them as suggestions "
                + "(curator and import labels are never changed).")
final class TagCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder whose heads and embeddings to use (default: the manifest's default encoder).")
    String encoder;

    @Option(names = "--all", description = "Replace existing model labels too.")
    boolean all;

    @Override
    public Integer call() {
        encoder = HeadsCli.resolve(root.paths(), encoder);
        try (Catalogue catalogue = Catalogue.open(root.paths().location())) {
            if (catalogue.loadHeads(encoder).isEmpty() && !catalogue.fieldsWithHeads(encoder).isEmpty()) {
                printFields(FieldHeads.tag(catalogue, encoder, () -> false)); // field heads alone: no genres to tag
                return AfficheCommand.OK;
            }
            float[] any = catalogue.embeddings(encoder).values().stream().findFirst().orElseThrow(() ->
                    new HeadsException("no embeddings for encoder " + encoder + ": run `affiche embed`"));
            Predictor predictor = TrainedHeads.load(catalogue, encoder, any.length)
                    .withCurator(HeadsCli.curator(root, catalogue, encoder)); // the thresholds the window judges by
            if (catalogue.location().postgresql() && !all) return SharedTag.run(catalogue, predictor, encoder);
            TagBatch.Result r = new TagBatch(catalogue, predictor).run(all, () -> false, new CountProgress("tag:"));
            System.out.printf("tagged %d posters; %d already had model labels; %d not embedded with %s%n",
                    r.tagged(), r.alreadyTagged(), r.notEmbedded(), encoder);
            printFields(FieldHeads.tag(catalogue, encoder, () -> false));
            return AfficheCommand.OK;
        } catch (HeadsException e) {
            System.err.println("affiche tag: " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
    }

    private static void printFields(java.util.Map<String, Integer> tagged) {
        tagged.forEach((field, n) -> System.out.printf("field %s: predicted on %d posters without a confirmed value%n",
                field, n));
    }
}
