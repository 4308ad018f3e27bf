package app.affiche.cli;

import app.affiche.catalogue.AddResult;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.pipeline.PreviewNeighbours;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import app.affiche.similar.EmbeddingIndex;
import app.affiche.similar.MetricFeedbackStore;
import app.affiche.similar.Metric;
import app.affiche.similar.PaletteSignature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Brute-force k-NN speed: one index per size, filled with seeded random vectors (search time does not depend on the
 * values), timed per metric over a number of queries after a warm-up.
 */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Measure nearest-neighbour search time over generated embeddings (default 7,122 and 100,000 posters).")
final class BenchSimilarCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "7122,100000", description = "Index sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--dim", defaultValue = "1280", description = "Embedding dimension (default: ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--queries", defaultValue = "20", description = "Timed queries per metric (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "-k", defaultValue = "5", description = "Neighbours per query (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--catalogue-rows", defaultValue = "0", paramLabel = "N",
            description = "Also time building the preview's index from a temporary SQLite catalogue of N posters (embeddings and palettes read back).")
    int catalogueRows;

    @Override
    public Integer call() throws Exception {
        System.out.printf(Locale.ROOT, "bench similar: dim %d, k %d, %d queries per metric, %d cores, max heap %d MB%n",
                dimension, k, queries, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Random random = new Random(1);
        for (int size : sizes) {
            long t0 = System.nanoTime();
            EmbeddingIndex index = build(size, random);
            double buildMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "%,d posters: %,d MB packed, built in %.0f ms%n", size,
                    index.embeddingBytes() >> 20, buildMs);
            report(index, random);
        }
        if (catalogueRows > 0) viaCatalogue(random);
        return AfficheCommand.OK;
    }

    /** First-preview cost: reading every embedding and palette back from SQLite and packing the index. */
    private void viaCatalogue(Random random) throws Exception {
        Path dir = Files.createTempDirectory("affiche-bench-similar");
        try (Catalogue catalogue = Catalogue.open(dir.resolve("catalogue.db"))) {
            List<NewPoster> batch = new ArrayList<>();
            for (int i = 0; i < catalogueRows; i++) {
                byte[] sha = new byte[32];
                random.nextBytes(sha);
                PaletteColor c = new PaletteColor(random.nextInt(0x1000000), 1.0, false);
                batch.add(new NewPoster(HexFormat.of().formatHex(sha), "bench-" + i + ".jpg", 1, 2, 3, "JPEG", null, null,
                        null, new Palette(c, List.of(c), List.of(), 6, true)));
            }
            List<AddResult> added = catalogue.addPosters(batch);
            for (AddResult a : added) catalogue.putEmbedding(a.id(), "bench", vector(random));
            long t = System.nanoTime();
            PreviewNeighbours neighbours = new PreviewNeighbours(catalogue, "bench",
                    MetricFeedbackStore.inHome(dir.resolve("home")), System.err::println);
            int n = neighbours.indexedPosters();
            double buildMs = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            neighbours.nearest(vector(random), null, Metric.COSINE, 5);
            double cosineMs = (System.nanoTime() - t) / 1e6;
            Palette query = new Palette(new PaletteColor(0x336699, 1, false), List.of(new PaletteColor(0x336699, 1, false)),
                    List.of(), 6, true);
            t = System.nanoTime();
            neighbours.nearest(vector(random), query, Metric.COSINE_PALETTE, 5);
            System.out.printf(Locale.ROOT, "catalogue of %,d: embeddings read and index built %.0f ms; first cosine search with "
                    + "posters and thumbnails %.0f ms; first palette-blend search (reads every palette) %.0f ms%n",
                    n, buildMs, cosineMs, (System.nanoTime() - t) / 1e6);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Metrics interleaved query by query (order rotated), so load changes on a shared machine hit all alike. */
    private void report(EmbeddingIndex index, Random random) {
        Metric[] metrics = Metric.values();
        float[] palette = randomPalette(random);
        for (Metric metric : metrics) for (int i = 0; i < 3; i++) index.nearest(vector(random), palette, metric, k); // JIT
        double[][] ms = new double[metrics.length][queries];
        for (int i = 0; i < queries; i++) {
            float[] q = vector(random);
            for (int j = 0; j < metrics.length; j++) {
                int m = (i + j) % metrics.length;
                long t = System.nanoTime();
                index.nearest(q, palette, metrics[m], k);
                ms[m][i] = (System.nanoTime() - t) / 1e6;
            }
        }
        for (int m = 0; m < metrics.length; m++) {
            Arrays.sort(ms[m]);
            System.out.printf(Locale.ROOT, "  %-16s median %7.1f ms   p90 %7.1f ms%n", metrics[m].label(), ms[m][queries / 2],
                    ms[m][Math.min(queries - 1, (int) (queries * 0.9))]);
        }
    }

    private EmbeddingIndex build(int size, Random random) {
        EmbeddingIndex.Builder builder = EmbeddingIndex.builder(dimension);
        for (int i = 0; i < size; i++) builder.add(i, vector(random), randomPalette(random));
        return builder.build();
    }

    private float[] vector(Random random) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) v[d] = Math.max(0, (float) random.nextGaussian()); // ReLU6-like, non-negative
        return v;
    }

    private static float[] randomPalette(Random random) {
        float[] v = new float[PaletteSignature.LENGTH];
        for (int i = 0; i < 6; i++) v[random.nextInt(v.length)] += random.nextFloat();
        double n = 0;
        for (float x : v) n += x * x;
        for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(n);
        return v;
    }
}
