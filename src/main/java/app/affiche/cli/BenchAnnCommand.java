package app.affiche.cli;

import app.affiche.pipeline.AnnNeighbours;
import app.affiche.similar.AnnIndex;
import app.affiche.similar.EmbeddingIndex;
import app.affiche.similar.Metric;
import app.affiche.similar.Neighbour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The approximate similar-poster index at archive scale: builds it over synthetic clustered embeddings
 * ({@link SyntheticEmbeddings}), then prints recall@k against the exact search, query time (index candidates and
 * their exact re-ranking, as the preview runs it), build time, size on disk and heap, each with its target.
 */
@Command(name = "ann", mixinStandardHelpOptions = true,
        description = {"Measure the approximate similar-poster index (Lucene HNSW) on synthetic clustered embeddings:",
                "recall@k against exact search, query ms (targets: 20 ms at 100k, 50 ms at 1M; recall 0.95), build time, disk, heap."})
final class BenchAnnCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "100000", description = "Index sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--dim", defaultValue = "1280", description = "Embedding dimension (default: ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--queries", defaultValue = "100", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "-k", defaultValue = "10", description = "Neighbours per query (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--candidates", defaultValue = "-1", description = "Candidates from the index per query (default: the product's).")
    int candidates;

    @Option(names = "--dir", paramLabel = "DIR", description = "Build in DIR and keep it (default: a temporary folder, deleted).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        int c = candidates > 0 ? candidates : AnnNeighbours.CANDIDATES;
        System.out.printf(Locale.ROOT, "bench ann: dim %d, k %d, %d candidates, %d queries, %d cores, max heap %d MB%n",
                dimension, k, c, queries, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            Path folder = dir != null ? dir.resolve("ann-" + size) : Files.createTempDirectory("affiche-bench-ann");
            try {
                run(size, folder, c);
            } finally {
                if (dir == null) AnnIndex.delete(folder);
            }
        }
        return AfficheCommand.OK;
    }

    private void run(int size, Path folder, int c) throws IOException {
        SyntheticEmbeddings gen = new SyntheticEmbeddings(dimension, size);
        double targetMs = size <= 100_000 ? 20 : 50;
        AnnIndex.delete(folder);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime(), cpu0 = os.getProcessCpuTime();
        try (AnnIndex index = AnnIndex.openWritable(folder, "bench", dimension)) {
            for (int i = 0; i < size; i++) index.put(i, gen.vector(i)); // one thread, as the product's first build
            index.commit();
            double addS = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            index.optimise();
            System.out.printf(Locale.ROOT, "%,d posters: index built in %.0f s (adding %.0f s, merging to one segment %.0f s), "
                    + "process CPU %.0f s; %,d MB on disk%n", size, (System.nanoTime() - t0) / 1e9, addS, (System.nanoTime() - t1) / 1e9,
                    (os.getProcessCpuTime() - cpu0) / 1e9, AnnIndex.sizeOnDisk(folder) >> 20);
        }
        long t2 = System.nanoTime();
        List<float[]> qs = IntStream.range(0, queries).mapToObj(j -> gen.vector(size + 1_000_000L + j)).toList();
        List<Set<Long>> truth = exact(gen, size, qs);
        System.out.printf(Locale.ROOT, "  exact top-%d for %d queries (streamed, for recall) %.0f s%n", k, queries, (System.nanoTime() - t2) / 1e9);
        HeapPeak.reset();
        long heapBefore = usedHeapMb();
        long t3 = System.nanoTime();
        try (AnnIndex index = AnnIndex.openReadOnly(folder, "bench", dimension)) {
            double openMs = (System.nanoTime() - t3) / 1e6;
            for (int j = 0; j < Math.min(20, queries); j++) search(index, gen.vector(size + 2_000_000L + j), c); // JIT, page cache
            double[] ms = new double[queries], cpu = new double[queries];
            double recall = 0;
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int j = 0; j < queries; j++) {
                long t = System.nanoTime(), tc = threads.getCurrentThreadCpuTime();
                List<Neighbour> found = search(index, qs.get(j), c);
                ms[j] = (System.nanoTime() - t) / 1e6;
                cpu[j] = (threads.getCurrentThreadCpuTime() - tc) / 1e6;
                Set<Long> right = truth.get(j);
                recall += found.stream().filter(n -> right.contains(n.posterId())).count() / (double) k;
            }
            recall /= queries;
            Arrays.sort(ms);
            Arrays.sort(cpu);
            int at95 = Math.min(queries - 1, (int) Math.ceil(queries * 0.95) - 1);
            double median = ms[queries / 2], p95 = ms[at95];
            System.out.printf(Locale.ROOT, "  open %.0f ms; recall@%d %.3f (target 0.95, ratio %.2f)%n", openMs, k, recall, recall / 0.95);
            System.out.printf(Locale.ROOT, "  query median %.1f ms, p95 %.1f ms (target %.0f ms, ratio %.2f / %.2f)%n",
                    median, p95, targetMs, median / targetMs, p95 / targetMs);
            System.out.printf(Locale.ROOT, "  query CPU (one thread; what a loaded machine does not distort) median %.1f ms, "
                    + "p95 %.1f ms (ratio %.2f / %.2f)%n", cpu[queries / 2], cpu[at95], cpu[queries / 2] / targetMs, cpu[at95] / targetMs);
            System.out.printf(Locale.ROOT, "  heap: %d MB before opening, peak %d MB while searching (the vectors, %,d MB, are read "
                    + "memory-mapped)%n", heapBefore, HeapPeak.mebibytes(), (long) size * dimension * 4 >> 20);
        }
    }

    /** What the preview does: candidates by cosine from the index, re-ranked exactly. */
    private List<Neighbour> search(AnnIndex index, float[] q, int c) throws IOException {
        EmbeddingIndex.Builder b = EmbeddingIndex.builder(dimension, Math.max(c, k));
        for (AnnIndex.Candidate cand : index.nearest(q, Math.max(c, k))) b.add(cand.posterId(), cand.embedding(), null);
        return b.build().nearest(q, null, Metric.COSINE, k);
    }

    /** Exact cosine top-k per query, streaming the vectors a block at a time (never all in memory). */
    private List<Set<Long>> exact(SyntheticEmbeddings gen, int size, List<float[]> qs) {
        int block = 8192;
        List<List<Neighbour>> best = new ArrayList<>();
        for (int j = 0; j < qs.size(); j++) best.add(new ArrayList<>());
        for (int from = 0; from < size; from += block) {
            int start = from, end = Math.min(size, from + block);
            float[][] vs = IntStream.range(start, end).parallel().mapToObj(gen::vector).toArray(float[][]::new);
            EmbeddingIndex.Builder b = EmbeddingIndex.builder(dimension);
            for (int i = start; i < end; i++) b.add(i, vs[i - start], null);
            EmbeddingIndex idx = b.build();
            for (int j = 0; j < qs.size(); j++) {
                List<Neighbour> merged = best.get(j);
                merged.addAll(idx.nearest(qs.get(j), null, Metric.COSINE, k));
                merged.sort(Comparator.comparingDouble(Neighbour::distance));
                if (merged.size() > k) merged.subList(k, merged.size()).clear();
            }
        }
        List<Set<Long>> out = new ArrayList<>();
        for (List<Neighbour> b : best) {
            Set<Long> ids = new HashSet<>();
            b.forEach(n -> ids.add(n.posterId()));
            out.add(ids);
        }
        return out;
    }

    private static long usedHeapMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
}
