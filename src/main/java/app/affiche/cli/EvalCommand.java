package app.affiche.cli;

import app.affiche.embedding.Encoder;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.EmbeddingCache;
import app.affiche.pipeline.EvalJson;
import app.affiche.pipeline.EvalRun;
import app.affiche.pipeline.FileEmbedder;
import app.affiche.pipeline.LabelledCsv;
import com.google.gson.GsonBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Train heads from scratch on one labelled CSV and score them on another (posters.csv format).")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;

    @Option(names = "--train", required = true, paramLabel = "A.csv")
    Path train;

    @Option(names = "--test", required = true, paramLabel = "B.csv")
    Path test;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--seed", description = "Seed for folds and solvers (default: ${DEFAULT-VALUE}).")
    long seed = HeadsConfig.defaults().seed();

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder (default: the manifest's default encoder).")
    String encoder;

    @Option(names = "--no-cache", description = "Do not keep embeddings in the per-user cache.")
    boolean noCache;

    @Override
    public Integer call() {
        encoder = HeadsCli.resolve(root.paths(), encoder);
        List<LabelledCsv.Row> trainRows, testRows;
        try {
            trainRows = LabelledCsv.read(train);
            testRows = LabelledCsv.read(test);
        } catch (NoSuchFileException e) {
            System.err.println("affiche eval: " + e.getFile() + ": file not found");
            return AfficheCommand.USAGE;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("affiche eval: " + e.getMessage());
            return AfficheCommand.USAGE;
        }
        try (Encoder enc = HeadsCli.openEncoder(root.paths(), encoder)) {
            EmbeddingCache cache = noCache ? EmbeddingCache.inMemory()
                    : new EmbeddingCache(root.paths().home().resolve("cache").resolve("eval-embeddings-" + enc.id() + ".bin"));
            FileEmbedder embedder = new FileEmbedder(enc, new PosterDecoder(), cache);
            EvalRun.Outcome o = new EvalRun(HeadsConfig.defaults().withSeed(seed), enc.id(),
                    files -> embedder.embed(files, new CountProgress("eval: embedded")))
                    .run(trainRows, testRows);
            if (json) System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(EvalJson.of(o, seed, enc.id())));
            else System.out.print(EvalJson.text(o));
            return AfficheCommand.OK;
        } catch (HeadsException e) {
            System.err.println("affiche eval: " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
    }
}
