package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Preprocessor;
import app.affiche.poster.Sha256;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.CatalogueEmbedding;
import app.affiche.pipeline.EmbedBatch;
import app.affiche.poster.AffichePaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Raw encoder throughput on pre-decoded tensors against end to end (file -> embedding stored in a temporary
 * catalogue) over the same posters in one run; the last line is the ratio. Import (inserting the poster rows)
 * is outside the timed part.
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Raw encoder vs end-to-end embedding throughput; last line: end-to-end/raw = R.")
final class BenchEmbedCommand implements Callable<Integer> {
    @Mixin
    EmbedOptions options;

    @Option(names = "--posters", paramLabel = "DIR", description = "Folder of poster images (default: <shared>/data/posters/images).")
    Path postersDir;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Use only the first N posters (0: all).")
    int limit;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "4",
            description = "Raw and end-to-end alternate over N slices of the posters. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--raw-sample", paramLabel = "N", defaultValue = "64",
            description = "Distinct pre-decoded tensors cycled through for the raw figure. Default: ${DEFAULT-VALUE}.")
    int rawSample;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3",
            description = "Interpreter for the peer (src/bench/python-peer.py: onnxruntime + Pillow on the same posters). Default: ${DEFAULT-VALUE}.")
    String python;

    @Option(names = "--no-peer", description = "Skip the Python peer.")
    boolean noPeer;

    @Option(names = "--scan-only", description = "Only the 24-MP scan, step by step (decode, palette, thumbnail, embedding).")
    boolean scanOnly;

    static final double PEER_MEMORY_TARGET = 1.0;
    static final double PEER_TIME_TARGET = 0.8;

    @Override
    public Integer call() throws Exception {
        Path dir = postersDir != null ? postersDir : Path.of(System.getProperty("affiche.shared", "../shared"), "data/posters/images");
        List<Path> files = posterFiles(dir);
        if (files.isEmpty()) {
            System.err.println("No poster images in " + dir + " (use --posters DIR)");
            return AfficheCommand.SOME_FAILED;
        }
        HeapPeak.reset();
        long t0 = System.nanoTime();
        Encoder encoder;
        try {
            encoder = options.open(AffichePaths.fromEnvironment().models());
        } catch (EncoderException e) {
            System.err.println(e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
        try (encoder) {
            double loadMs = (System.nanoTime() - t0) / 1e6;
            EmbedBatch.Settings settings = options.settings();
            System.out.printf(Locale.ROOT, "posters: %d from %s; encoder %s on %s; batch %d images (%d posters x %d views), "
                            + "decode workers %d, inference threads %d, cores %d%n", files.size(), dir, encoder.id(),
                    encoder.device(), settings.batchSize(), EmbedBatch.postersPerBatch(settings, encoder.preprocessor()),
                    encoder.preprocessor().viewCount(), settings.workers(), settings.inferenceThreads(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "model load (SHA-256 check, session, warm-up): %.0f ms%n", loadMs);
            System.out.println("JPEG decoding: " + PosterDecoder.jpegDecoder());
            Path tmp = Files.createTempDirectory("affiche-bench-embed");
            if (scanOnly) {
                try {
                    ScanBreakdown.print(new java.io.PrintWriter(System.out, true), encoder,
                            ScanImage.write(tmp.resolve("scan-24mp.jpg"), 6000, 4000));
                    return AfficheCommand.OK;
                } finally {
                    deleteTree(tmp);
                }
            }
            try (Catalogue catalogue = Catalogue.open(tmp.resolve("catalogue.db"))) {
                System.err.println("inserting " + files.size() + " poster rows into a temporary catalogue (not timed)");
                insertRows(catalogue, files);
                List<EmbedBatch.Item> pending = CatalogueEmbedding.pending(catalogue, encoder.id());
                float[] sample = decodeSample(encoder, files);
                HeapPeak.reset();
                // Raw and end-to-end alternate over the same slices, so a change in background load hits both alike.
                double rawSeconds = 0, e2eSeconds = 0, rawCpu = 0, e2eCpu = 0;
                int embedded = 0;
                int slice = (pending.size() + rounds - 1) / rounds;
                for (int from = 0; from < pending.size(); from += slice) {
                    List<EmbedBatch.Item> part = pending.subList(from, Math.min(pending.size(), from + slice));
                    double cpu0 = processCpuSeconds();
                    rawSeconds += rawSeconds(encoder, sample, part.size(), settings);
                    double cpu1 = processCpuSeconds();
                    long t = System.nanoTime();
                    embedded += embed(encoder, catalogue, settings, part);
                    e2eSeconds += (System.nanoTime() - t) / 1e9;
                    rawCpu += cpu1 - cpu0;
                    e2eCpu += processCpuSeconds() - cpu1;
                    System.err.printf(Locale.ROOT, "%d/%d posters: raw %.1f/s, end to end %.1f/s so far%n", from + part.size(),
                            pending.size(), (from + part.size()) / rawSeconds, embedded / e2eSeconds);
                }
                long e2eHeap = HeapPeak.mebibytes();
                long rss = ProcessMemory.peakRssMebibytes(); // before the 24-MP scan, whose generation is no embedding
                double raw = pending.size() / rawSeconds;
                double e2e = embedded / e2eSeconds;
                System.out.printf(Locale.ROOT, "raw encoder (pre-decoded tensors): %.1f posters/s%n", raw);
                System.out.printf(Locale.ROOT, "end to end (file -> embedding stored, import excluded): %.1f posters/s%n", e2e);
                // CPU time per poster does not depend on what else runs on the machine: on an otherwise idle,
                // CPU-bound machine the wall-clock ratio tends to the ratio of these two.
                System.out.printf(Locale.ROOT, "process CPU per poster: raw %.2f ms, end to end %.2f ms (ratio %.2f)%n",
                        1000 * rawCpu / pending.size(), 1000 * e2eCpu / Math.max(1, embedded),
                        (rawCpu / pending.size()) / (e2eCpu / Math.max(1, embedded)));
                System.out.printf(Locale.ROOT, "24-MP scan end to end: %.0f ms%n", scanMillis(encoder, catalogue, tmp));
                ScanBreakdown.print(new java.io.PrintWriter(System.out, true), encoder, tmp.resolve("scan-24mp.jpg"));
                System.out.printf(Locale.ROOT, "peak heap during raw + end to end: %d MiB (max heap %d MiB)%n", e2eHeap,
                        Runtime.getRuntime().maxMemory() >> 20);
                System.out.printf(Locale.ROOT, "peak RSS of this process while embedding (heap, ONNX Runtime, libraries): %d MiB%n", rss);
                if (!noPeer) comparePeer(encoder, files, settings, tmp, rss, e2eSeconds);
                System.out.printf(Locale.ROOT, "end-to-end/raw = %.2f%n", e2e / raw);
            } finally {
                deleteTree(tmp);
            }
        }
        return AfficheCommand.OK;
    }

    /** The Python peer on the same posters, batch and cores: its time and peak RSS beside ours, and the ratios. */
    private void comparePeer(Encoder encoder, List<Path> files, EmbedBatch.Settings settings, Path tmp, long rss,
                             double seconds) throws Exception {
        var store = options.store(AffichePaths.fromEnvironment().models());
        var spec = store.choose(encoder.id());
        System.err.println("running the Python peer on the same " + files.size() + " posters");
        PythonPeer.Figures peer = PythonPeer.run(python, PythonPeer.defaultScript(), spec, store.fileOf(spec), files,
                settings.batchSize(), Runtime.getRuntime().availableProcessors(), tmp);
        if (peer.skipped() != null) {
            System.out.println("python peer: skipped, " + peer.skipped());
            return;
        }
        System.out.printf(Locale.ROOT, "python peer (onnxruntime %s + Pillow, batch %d): %d posters in %.1f s, peak RSS %d MiB%n",
                peer.onnxruntime(), settings.batchSize(), peer.posters(), peer.seconds(), peer.peakRssMib());
        System.out.printf(Locale.ROOT, "memory vs peer: %d / %d MiB = %.2f x (target <= %.1f x)%n", rss, peer.peakRssMib(),
                (double) rss / peer.peakRssMib(), PEER_MEMORY_TARGET);
        System.out.printf(Locale.ROOT, "time vs peer: %.1f / %.1f s = %.2f x (target <= %.1f x)%n", seconds, peer.seconds(),
                seconds / peer.seconds(), PEER_TIME_TARGET);
    }

    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private List<Path> posterFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            Stream<Path> sorted = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".jpg")).sorted();
            return (limit > 0 ? sorted.limit(limit) : sorted).toList();
        }
    }

    /** Tensors of the first posters, decoded before timing, cycled through for the raw figure. */
    private float[] decodeSample(Encoder encoder, List<Path> files) throws Exception {
        Preprocessor pre = encoder.preprocessor();
        int len = pre.tensorLength();
        int sample = Math.min(rawSample, files.size());
        float[] tensors = new float[sample * len];
        PosterDecoder decoder = new PosterDecoder();
        for (int i = 0; i < sample; i++) pre.write(decoder.read(files.get(i), pre.side()), tensors, i * len);
        return tensors;
    }

    /**
     * Inference alone on {@code count} images in batches, with as many concurrent callers as the pipeline has
     * inference threads and the same copy into a batch buffer.
     */
    private static double rawSeconds(Encoder encoder, float[] sample, int count, EmbedBatch.Settings settings) throws Exception {
        int len = encoder.preprocessor().tensorLength();
        int distinct = sample.length / len;
        int batch = EmbedBatch.postersPerBatch(settings, encoder.preprocessor());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Callable<Void> caller = () -> {
            float[] buffer = new float[batch * len];
            for (int from; (from = next.getAndAdd(batch)) < count; ) {
                int n = Math.min(batch, count - from);
                for (int i = 0; i < n; i++) System.arraycopy(sample, ((from + i) % distinct) * len, buffer, i * len, len);
                encoder.embedTensors(buffer, n);
            }
            return null;
        };
        long t = System.nanoTime();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(settings.inferenceThreads())) {
            List<java.util.concurrent.Future<Void>> runs = new ArrayList<>();
            for (int i = 0; i < settings.inferenceThreads(); i++) runs.add(pool.submit(caller));
            for (var r : runs) r.get();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Bare poster rows (path and SHA-256; no thumbnail or palette), in one transaction: import is not measured. */
    private static void insertRows(Catalogue catalogue, List<Path> files) throws IOException {
        List<NewPoster> rows = new ArrayList<>();
        for (Path f : files) {
            rows.add(new NewPoster(Sha256.of(f), f.toAbsolutePath().toString(), Files.size(f), 0, 0, "JPEG",
                    null, null, null, null));
        }
        catalogue.addPosters(rows);
    }

    private static int embed(Encoder encoder, Catalogue catalogue, EmbedBatch.Settings settings, List<EmbedBatch.Item> items)
            throws InterruptedException {
        PosterDecoder decoder = new PosterDecoder();
        int side = encoder.preprocessor().side();
        EmbedBatch.Result r = new EmbedBatch(encoder, f -> decoder.read(f, side), settings)
                .run(items, CatalogueEmbedding.sink(catalogue, encoder.id()), p -> { });
        if (r.failed() > 0) System.out.println("failed images: " + r.failed());
        return r.embedded();
    }

    /** A generated 6000 x 4000 JPEG through the same path (decode subsampled, preprocess, embed, store). */
    private static double scanMillis(Encoder encoder, Catalogue catalogue, Path tmp) throws Exception {
        Path scan = ScanImage.write(tmp.resolve("scan-24mp.jpg"), 6000, 4000);
        long id = catalogue.addPoster(new NewPoster(Sha256.of(scan), scan.toString(), Files.size(scan), 6000, 4000, "JPEG",
                null, null, null, null));
        PosterDecoder decoder = new PosterDecoder();
        int side = encoder.preprocessor().side();
        long t = System.nanoTime();
        new EmbedBatch(encoder, f -> decoder.read(f, side), new EmbedBatch.Settings(1, 1))
                .run(List.of(new EmbedBatch.Item(id, scan)), CatalogueEmbedding.sink(catalogue, encoder.id()), p -> { });
        double ms = (System.nanoTime() - t) / 1e6;
        if (catalogue.embedding(id, encoder.id()).isEmpty()) throw new IllegalStateException("24-MP scan not embedded");
        return ms;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(p);
        }
    }
}
