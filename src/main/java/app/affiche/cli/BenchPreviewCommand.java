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
 * Occlusion heatmap time on real posters, the previous computation (every view of every copy) beside the current
 * one (only the views a greyed cell touches) and a second target of the same draft (the kept copies), with one
 * embedding of the poster for scale. The genre probability comes from a fixed random linear probe: the heads' cost
 * (a few dot products per copy) is negligible next to the encoder's.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Measure the designer preview's occlusion heatmap on real posters: before/after and the target.")
final class BenchPreviewCommand implements Callable<Integer> {
    static final long TARGET_MS = 1000;

    @Parameters(arity = "1..*", paramLabel = "POSTER", description = "Poster files to time.")
    List<Path> posters;

    @Option(names = "--model", required = true, description = "The encoder's .onnx file.")
    Path model;

    @Option(names = "--encoder", description = "Manifest id (default: ${DEFAULT-VALUE}).")
    String encoderId = HeadsCli.DEFAULT_ENCODER;

    @Option(names = "--grid", defaultValue = "7", description = "Cells per side (default: ${DEFAULT-VALUE}).")
    int grid;

    @Option(names = "--batch", defaultValue = "0", description = "Copies per encoder call, 0 = the preview's own choice for the device.")
    int batch;

    @Option(names = "--threads", defaultValue = "0", description = "ONNX Runtime intra-op threads, 0 = one per core.")
    int threads;

    @Override
    public Integer call() throws Exception {
        EncoderSpec spec = Manifest.builtIn().require(encoderId);
        try (Encoder encoder = Encoders.open(spec, model, new Encoders.Options(DeviceChoice.CPU, threads), System.err::println)) {
            PreviewPredictor probe = probe(encoder.dimension());
            int copies = batch > 0 ? batch : OcclusionSensitivity.defaultBatch(encoder);
            List<BufferedImage> images = new ArrayList<>();
            for (Path p : posters) images.add(new PosterDecoder().read(p, 1024));
            System.out.printf(Locale.ROOT, "bench preview: %s on %s, %d cores, %d view(s), grid %dx%d (%d copies + baseline), batch %d, %d posters%n",
                    encoder.id(), encoder.device(), Runtime.getRuntime().availableProcessors(), encoder.preprocessor().viewCount(),
                    grid, grid, grid * grid, copies, images.size());
            long open = System.nanoTime();
            Encoder copiesSession = encoder.sideBySide();
            System.out.printf(Locale.ROOT, "  the copies' session: %s, opened in %.0f ms%n", copiesSession.device(), (System.nanoTime() - open) / 1e6);
            heatmap(encoder, probe, copies, true, 1, images.getFirst()); // warm-up
            heatmap(encoder, probe, copies, false, 2, images.getFirst());
            Encoder mainSessionOnly = new MainSessionOnly(encoder);
            heatmap(mainSessionOnly, probe, copies, false, 2, images.getFirst());
            // Interleaved: each poster runs every variant (order rotated per poster), so load changes on a shared
            // machine hit all variants alike.
            int variants = 6;
            int threads = OcclusionSensitivity.defaultThreads(encoder, copies);
            double cpuOne = 0, cpuSideBySide = 0, cpuMainSideBySide = 0;
            double[][] ms = new double[variants][images.size()];
            int before = 0, after = 0;
            for (int i = 0; i < images.size(); i++) {
                BufferedImage image = images.get(i);
                for (int j = 0; j < variants; j++) {
                    int v = (i + j) % variants;
                    long t = System.nanoTime();
                    double cpu0 = processCpuMs();
                    switch (v) {
                        case 0 -> encoder.embed(List.of(image));
                        case 1 -> heatmap(encoder, probe, copies, true, 1, image);
                        case 2 -> heatmap(encoder, probe, copies, false, 1, image);
                        case 4 -> heatmap(encoder, probe, copies, false, threads, image);
                        case 5 -> heatmap(mainSessionOnly, probe, copies, false, threads, image);
                        default -> {
                            OcclusionSensitivity kept = new OcclusionSensitivity(encoder, probe, grid, copies);
                            kept.compute(image, "Probe", () -> false, f -> { });
                            t = System.nanoTime();
                            kept.compute(image, "Other", p -> 1 - p.genreProbabilities().get("Probe"), () -> false, f -> { });
                        }
                    }
                    ms[v][i] = (System.nanoTime() - t) / 1e6;
                    if (v == 2) cpuOne += processCpuMs() - cpu0;
                    if (v == 4) cpuSideBySide += processCpuMs() - cpu0;
                    if (v == 5) cpuMainSideBySide += processCpuMs() - cpu0;
                }
                before += new OcclusionSensitivity(encoder, probe, grid, copies, true).inferences(image);
                after += new OcclusionSensitivity(encoder, probe, grid, copies).inferences(image);
            }
            double single = median(ms[0]), old = median(ms[1]), oneByOne = median(ms[2]), other = median(ms[3]);
            double now = median(ms[4]), mainSideBySide = median(ms[5]);
            System.out.printf(Locale.ROOT, "  one embedding                         median %7.0f ms%n", single);
            System.out.printf(Locale.ROOT, "  heatmap before: every view            median %7.0f ms  (%.1f inferences a poster)%n",
                    old, (double) before / images.size());
            System.out.printf(Locale.ROOT, "  heatmap: the views a cell sees        median %7.0f ms  (%.1f inferences a poster)  %.2f x faster; "
                    + "process CPU %.0f ms a poster%n", oneByOne, (double) after / images.size(), old / Math.max(oneByOne, 1e-3),
                    cpuOne / images.size());
            System.out.printf(Locale.ROOT, "  before: %d side by side, app's session median %7.0f ms  (%.2f x the one-by-one); process CPU %.0f ms a poster%n",
                    threads, mainSideBySide, oneByOne / Math.max(mainSideBySide, 1e-3), cpuMainSideBySide / images.size());
            System.out.printf(Locale.ROOT, "  heatmap now: %d copies side by side    median %7.0f ms  (%.2f x the one-by-one); process CPU %.0f ms a poster%n",
                    threads, now, oneByOne / Math.max(now, 1e-3), cpuSideBySide / images.size());
            System.out.printf(Locale.ROOT, "  another target of the same draft      median %7.0f ms  (kept copies; before: as the heatmap, %.0f ms)%n",
                    other, old);
            System.out.printf(Locale.ROOT, "  target: heatmap <= %d ms after the preview: %s (%.0f ms)%n", TARGET_MS,
                    now <= TARGET_MS ? "met" : "not met", now);
        }
        return AfficheCommand.OK;
    }

    private void heatmap(Encoder encoder, PreviewPredictor probe, int copies, boolean everyView, int threads,
                         BufferedImage image) throws Exception {
        new OcclusionSensitivity(encoder, probe, grid, copies, everyView, threads).compute(image, "Probe", () -> false, f -> { });
    }

    /** The encoder with its copies' session hidden: the heatmap's copies side by side on the app's own session. */
    private record MainSessionOnly(Encoder encoder) implements Encoder {
        public String id() { return encoder.id(); }
        public int dimension() { return encoder.dimension(); }
        public String device() { return encoder.device(); }
        public app.affiche.embedding.Preprocessor preprocessor() { return encoder.preprocessor(); }
        public float[][] embed(List<BufferedImage> images) throws app.affiche.embedding.EncoderException { return encoder.embed(images); }
        public float[][] embedTensors(float[] t, int n) throws app.affiche.embedding.EncoderException { return encoder.embedTensors(t, n); }
        public float[][] embedViews(float[] t, int n) throws app.affiche.embedding.EncoderException { return encoder.embedViews(t, n); }
        public void close() { }
    }

    private static double processCpuMs() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e6 : Double.NaN;
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
