package app.affiche.cli;

import app.affiche.embedding.DeviceChoice;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.OcclusionSensitivity;
import app.affiche.pipeline.PreviewPredictor;
import app.affiche.poster.Prediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Occlusion heatmap time on real posters: for each batch size, the wall time of one heatmap (grid x grid occluded
 * copies plus the baseline), side by side with embedding the poster once. The genre probability comes from a fixed
 * random linear probe: the heads' cost (a few dot products per copy) is negligible next to the encoder's.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Measure the designer preview's occlusion heatmap on real posters, per encoder batch size.")
final class BenchPreviewCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "POSTER", description = "Poster files to time.")
    List<Path> posters;

    @Option(names = "--model", required = true, description = "The encoder's .onnx file.")
    Path model;

    @Option(names = "--encoder", description = "Manifest id (default: ${DEFAULT-VALUE}).")
    String encoderId = HeadsCli.DEFAULT_ENCODER;

    @Option(names = "--grid", defaultValue = "7", description = "Cells per side (default: ${DEFAULT-VALUE}).")
    int grid;

    @Option(names = "--batches", split = ",", defaultValue = "50,25,10,5,1", description = "Batch sizes to compare (default: ${DEFAULT-VALUE}).")
    List<Integer> batches;

    @Option(names = "--threads", defaultValue = "0", description = "ONNX Runtime intra-op threads, 0 = one per core.")
    int threads;

    @Override
    public Integer call() throws Exception {
        EncoderSpec spec = Manifest.builtIn().require(encoderId);
        try (Encoder encoder = Encoders.open(spec, model, new Encoders.Options(DeviceChoice.CPU, threads), System.err::println)) {
            PreviewPredictor probe = probe(encoder.dimension());
            List<BufferedImage> images = new ArrayList<>();
            for (Path p : posters) images.add(new PosterDecoder().read(p, 1024));
            System.out.printf(Locale.ROOT, "bench preview: %s on %s, %d cores, grid %dx%d (%d copies + baseline), %d posters%n",
                    encoder.id(), encoder.device(), Runtime.getRuntime().availableProcessors(), grid, grid, grid * grid, images.size());
            new OcclusionSensitivity(encoder, probe, grid, batches.getFirst()).compute(images.getFirst(), "Probe", () -> false, f -> { }); // warm-up
            // Interleaved: each poster runs one embedding and every batch size (order rotated per poster), so load
            // changes on a shared machine hit all variants alike.
            int variants = batches.size() + 1;
            double[][] ms = new double[variants][images.size()];
            for (int i = 0; i < images.size(); i++) {
                for (int j = 0; j < variants; j++) {
                    int v = (i + j) % variants;
                    long t = System.nanoTime();
                    if (v == 0) encoder.embed(List.of(images.get(i)));
                    else new OcclusionSensitivity(encoder, probe, grid, batches.get(v - 1)).compute(images.get(i), "Probe", () -> false, f -> { });
                    ms[v][i] = (System.nanoTime() - t) / 1e6;
                }
            }
            double single = median(ms[0]);
            System.out.printf(Locale.ROOT, "  one embedding            median %7.0f ms%n", single);
            for (int v = 1; v < variants; v++) {
                double m = median(ms[v]);
                System.out.printf(Locale.ROOT, "  heatmap, batch %3d       median %7.0f ms  (%.1f x one embedding, %.1f ms per copy)%n",
                        batches.get(v - 1), m, m / single, m / (grid * grid + 1));
            }
        }
        return AfficheCommand.OK;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static PreviewPredictor probe(int dimension) {
        float[] w = new float[dimension];
        Random random = new Random(1);
        for (int i = 0; i < dimension; i++) w[i] = (float) random.nextGaussian() / (float) Math.sqrt(dimension);
        return embedding -> {
            double z = 0;
            for (int i = 0; i < dimension; i++) z += w[i] * embedding[i];
            double p = 1 / (1 + Math.exp(-z));
            return new Prediction(Map.of("Probe", p), List.of(), List.of(), new TreeMap<>(), List.of("probe"), Map.of(), 0);
        };
    }
}
