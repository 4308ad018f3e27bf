package app.affiche.cli;

import app.affiche.embedding.Encoder;
import app.affiche.heads.FieldHeadReport;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.EmbeddingCache;
import app.affiche.pipeline.FieldBench;
import app.affiche.pipeline.FileEmbedder;
import app.affiche.poster.AffichePaths;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

@Command(name = "fields", mixinStandardHelpOptions = true,
        description = "Field heads on a number column of a labelled CSV (posters.csv's rating): good vs bad on balanced "
                + "classes, named bins and a regression, cross-validated, each beside its trivial baseline.")
final class BenchFieldsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "posters.csv", description = "Labelled posters (embedded once, cached).")
    Path csv;

    @Option(names = "--column", description = "The number column (default: ${DEFAULT-VALUE}).")
    String column = "rating";

    @Option(names = "--two", description = "Two classes, balanced (default: ${DEFAULT-VALUE}).")
    String two = "bad<6<=_<7<=good";

    @Option(names = "--bins", description = "Named bins (default: ${DEFAULT-VALUE}).")
    String bins = "bad<5.5<=okay<7<=good";

    @Option(names = "--limit", description = "A seeded sample of this many rows with a value (0: all).")
    int limit;

    @Option(names = "--folds", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--seed", description = "Sample, folds and solvers (default: ${DEFAULT-VALUE}).")
    long seed = HeadsConfig.defaults().seed();

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder (default: the manifest's default encoder).")
    String encoder;

    @Override
    public Integer call() {
        AffichePaths paths = ((AfficheCommand) spec.root().userObject()).paths();
        encoder = HeadsCli.resolve(paths, encoder);
        try (Encoder enc = HeadsCli.openEncoder(paths, encoder)) {
            List<Path> files = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            read(files, values);
            EmbeddingCache cache = new EmbeddingCache(paths.home().resolve("cache").resolve("eval-embeddings-" + enc.id() + ".bin"));
            FileEmbedder.Result r = new FileEmbedder(enc, new PosterDecoder(), cache).embed(files);
            List<FieldBench.Sample> samples = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                float[] e = r.embeddings().get(files.get(i));
                if (e != null) samples.add(new FieldBench.Sample(e, values.get(i)));
            }
            var out = spec.commandLine().getOut();
            out.printf("bench fields: %d posters with a %s (%d unreadable), encoder %s, %d folds%n", samples.size(), column,
                    r.failed().size(), enc.id(), folds);
            FieldBench bench = new FieldBench(HeadsConfig.defaults().withSeed(seed), folds);
            line(out, "two classes " + two + ", balanced", bench.bins(column, samples, two, true, seed));
            line(out, "bins " + bins, bench.bins(column, samples, bins, false, seed));
            line(out, "regression", bench.regression(column, samples));
            return AfficheCommand.OK;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("affiche bench fields: " + e.getMessage());
            return AfficheCommand.USAGE;
        } catch (HeadsException e) {
            System.err.println("affiche bench fields: " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
    }

    private void read(List<Path> files, List<Double> values) throws IOException {
        List<CSVRecord> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
                if (!rec.isMapped(column) || !rec.isMapped("file"))
                    throw new IllegalArgumentException(csv + ": needs the columns file and " + column);
                if (!rec.get(column).isBlank()) rows.add(rec);
            }
        }
        if (limit > 0 && limit < rows.size()) {
            Collections.shuffle(rows, new Random(seed));
            rows = rows.subList(0, limit);
        }
        Path dir = csv.toAbsolutePath().getParent();
        for (CSVRecord rec : rows) {
            try {
                values.add(Double.parseDouble(rec.get(column)));
                files.add(dir.resolve(rec.get("file")).normalize());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + rec.getRecordNumber() + ": " + column + " '" + rec.get(column)
                        + "' is not a number");
            }
        }
    }

    private static void line(java.io.PrintWriter out, String what, FieldHeadReport r) {
        if (r.kind().equals("regression")) {
            out.printf(java.util.Locale.ROOT, "%-44s n=%5d  MAE %.3f   mean-baseline MAE %.3f   ratio %.3f  (%.1f s)%n", what,
                    r.samples(), r.mae(), r.baselineMae(), r.mae() / r.baselineMae(), r.millis() / 1000.0);
            return;
        }
        out.printf(java.util.Locale.ROOT, "%-44s n=%5d %s%n  accuracy %.3f (majority %.3f)  balanced accuracy %.3f (%.3f)"
                        + "  macro-F1 %.3f (%.3f)  (%.1f s)%n", what, r.samples(), r.classCounts(), r.accuracy(),
                r.baselineAccuracy(), r.balancedAccuracy(), r.baselineBalancedAccuracy(), r.macroF1(),
                r.baselineMacroF1(), r.millis() / 1000.0);
        out.flush();
    }
}
