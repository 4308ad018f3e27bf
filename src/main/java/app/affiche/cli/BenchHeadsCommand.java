package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.heads.TrainingData;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.EmbeddingCache;
import app.affiche.pipeline.FileEmbedder;
import app.affiche.pipeline.HeadsBench;
import app.affiche.pipeline.LabelledCsv;
import app.affiche.pipeline.TrainRun;
import app.affiche.embedding.Encoder;
import app.affiche.poster.AffichePaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Time retraining every head and predicting one poster (targets: 10 s for ~7k labels, 5 ms).")
final class BenchHeadsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", paramLabel = "posters.csv", description = "Labelled CSV to train on (embedded once, cached); default: the catalogue's confirmed labels.")
    Path csv;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder (default: the manifest's default encoder).")
    String encoder;

    @Option(names = "--synthetic", description = "Size of the generated label set (0 = skip; default: ${DEFAULT-VALUE}).")
    int synthetic = 100_000;

    @Option(names = "--dimension", description = "Dimension of the generated embeddings (default: ${DEFAULT-VALUE}).")
    int dimension = 1280;

    @Option(names = "--threads", description = "Genres trained in parallel (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Override
    public Integer call() {
        encoder = HeadsCli.resolve(paths(), encoder);
        HeadsConfig cfg = HeadsConfig.defaults().withThreads(threads);
        HeadsBench hb = new HeadsBench(cfg);
        List<HeadsBench.Timing> timings = new ArrayList<>();
        System.out.printf(Locale.ROOT, "bench heads: %d cores available, %d training threads, kernel %s%n",
                Runtime.getRuntime().availableProcessors(), threads, cfg.kernel());
        try {
            TrainingData real = realData();
            if (real != null) timings.addAll(hb.measure(real.size() + " real labels", real, 10));
        } catch (HeadsException e) {
            System.out.println("real labels skipped: " + e.getMessage());
        }
        if (synthetic > 0) {
            TrainingData s = HeadsBench.synthetic(synthetic, dimension, 1);
            timings.addAll(hb.measure(synthetic + " generated labels, " + dimension + "-d", s, Double.NaN));
        }
        for (HeadsBench.Timing t : timings) {
            boolean perItem = t.targetSeconds() < 0.1;
            String value = perItem ? String.format(Locale.ROOT, "%8.3f ms (cpu %.3f ms)", t.seconds() * 1000, t.cpuSeconds() * 1000)
                    : String.format(Locale.ROOT, "%8.2f s  (cpu %.1f s)", t.seconds(), t.cpuSeconds());
            String target = Double.isNaN(t.targetSeconds()) ? "" : String.format(Locale.ROOT, "  target %s, ratio %.2f",
                    perItem ? (t.targetSeconds() * 1000) + " ms" : t.targetSeconds() + " s", t.seconds() / t.targetSeconds());
            System.out.printf(Locale.ROOT, "%-55s %s%s%n", t.what(), value, target);
        }
        return AfficheCommand.OK;
    }

    private AffichePaths paths() {
        return ((AfficheCommand) spec.root().userObject()).paths();
    }

    private TrainingData realData() {
        if (csv != null) {
            try (Encoder enc = HeadsCli.openEncoder(paths(), encoder)) {
                EmbeddingCache cache = new EmbeddingCache(paths().home().resolve("cache")
                        .resolve("eval-embeddings-" + enc.id() + ".bin"));
                List<LabelledCsv.Row> rows = LabelledCsv.read(csv);
                FileEmbedder.Result r = new FileEmbedder(enc, new PosterDecoder(), cache)
                        .embed(rows.stream().map(LabelledCsv.Row::file).toList());
                List<float[]> x = new ArrayList<>();
                List<Set<String>> labels = new ArrayList<>();
                List<Integer> years = new ArrayList<>();
                for (LabelledCsv.Row row : rows) {
                    float[] e = r.embeddings().get(row.file());
                    if (e == null) continue;
                    x.add(e);
                    labels.add(row.genres());
                    years.add(row.year());
                }
                return new TrainingData(enc.id(), x.toArray(float[][]::new), labels, years, app.affiche.poster.Genres.TMDB);
            } catch (java.io.IOException e) {
                throw new HeadsException(csv + ": " + e.getMessage());
            }
        }
        try (Catalogue c = Catalogue.open(paths().location())) {
            return TrainRun.trainingData(c, encoder);
        }
    }
}
