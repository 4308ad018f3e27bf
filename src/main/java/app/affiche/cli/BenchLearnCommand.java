package app.affiche.cli;

import app.affiche.embedding.Encoder;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.heads.LabelledEmbedding;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.EmbeddingCache;
import app.affiche.pipeline.FileEmbedder;
import app.affiche.pipeline.LabelledCsv;
import app.affiche.pipeline.LearningCurve;
import app.affiche.poster.AffichePaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "The learning curve: hold back pre-1980 posters, then confirm them in steps and retrain "
                + "(target: +200 confirmed lift pre-1980 decade within one by 10 points).")
final class BenchLearnCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "posters.csv", description = "Labelled posters (embedded once, cached).")
    Path csv;

    @Option(names = "--steps", split = ",", description = "Confirmed vintage posters at each step (default: ${DEFAULT-VALUE}).")
    List<Integer> steps = new ArrayList<>(List.of(0, 50, 100, 200, 400));

    @Option(names = "--test", description = "Pre-1980 posters held back for scoring (default: ${DEFAULT-VALUE}).")
    int test = 600;

    @Option(names = "--seed", description = "Which posters are held back (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder (default: the manifest's default encoder).")
    String encoder;

    @Override
    public Integer call() {
        AffichePaths paths = ((AfficheCommand) spec.root().userObject()).paths();
        encoder = HeadsCli.resolve(paths, encoder);
        List<Integer> sorted = steps.stream().sorted().toList();
        try (Encoder enc = HeadsCli.openEncoder(paths, encoder)) {
            List<LabelledCsv.Row> rows = LabelledCsv.read(csv);
            EmbeddingCache cache = new EmbeddingCache(paths.home().resolve("cache").resolve("eval-embeddings-" + enc.id() + ".bin"));
            FileEmbedder.Result r = new FileEmbedder(enc, new PosterDecoder(), cache)
                    .embed(rows.stream().map(LabelledCsv.Row::file).toList());
            List<LabelledEmbedding> posters = new ArrayList<>();
            for (LabelledCsv.Row row : rows) {
                float[] e = r.embeddings().get(row.file());
                if (e != null) posters.add(new LabelledEmbedding(row.id(), e, row.genres(), row.year()));
            }
            System.out.printf(Locale.ROOT, "bench learn: %d posters, encoder %s; scored on held-back pre-1980 posters%n",
                    posters.size(), enc.id());
            System.out.printf(Locale.ROOT, "%9s %8s %10s %9s %7s %9s  %s%n", "confirmed", "exact", "within±1",
                    "weighted", "macro", "retrain", "decade prior");
            List<LearningCurve.Step> curve = new LearningCurve(HeadsConfig.defaults().withSeed(seed), enc.id(),
                    LabelledCsv.vocabulary(rows, app.affiche.poster.Genres.TMDB)).run(posters, sorted, test, seed, s ->
                    System.out.printf(Locale.ROOT, "%9d %8.3f %10.3f %9.3f %7.3f %8.1fs  %s%n", s.confirmed(),
                            s.decadeExact(), s.decadeWithin1(), s.weightedF1(), s.macroF1(), s.retrainSeconds(), s.prior()));
            LearningCurve.Step first = curve.getFirst();
            curve.stream().filter(s -> s.confirmed() >= 200).findFirst().ifPresent(s -> System.out.printf(Locale.ROOT,
                    "+%d confirmed: pre-1980 decade within one %+.1f points (target +10), exact %+.1f points%n",
                    s.confirmed() - first.confirmed(), 100 * (s.decadeWithin1() - first.decadeWithin1()),
                    100 * (s.decadeExact() - first.decadeExact())));
            return AfficheCommand.OK;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("affiche bench learn: " + e.getMessage());
            return AfficheCommand.USAGE;
        } catch (HeadsException e) {
            System.err.println("affiche bench learn: " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
    }
}
