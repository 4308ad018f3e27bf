package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.CatalogueLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Throughput of 1, 2 and 4 {@code affiche embed} worker processes sharing one PostgreSQL catalogue over the same
 * shared posters. The catalogue must be an empty database (the bench imports its posters and clears their
 * embeddings between rounds). Every round gives its workers the same CPU threads in all, so the ratio shows what
 * sharing through claims costs or gains, not more threads; wall time includes each JVM's start and model load.
 */
@Command(name = "workers", mixinStandardHelpOptions = true,
        description = "Posters/s of 1, 2, 4 embed workers on one PostgreSQL catalogue (--catalogue URL of an empty database).")
final class BenchWorkersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--posters", paramLabel = "N", defaultValue = "160", description = "Shared posters to embed. Default: ${DEFAULT-VALUE}.")
    int posters;

    @Option(names = "--counts", paramLabel = "K,K", split = ",", defaultValue = "1,2,4", description = "Worker counts. Default: ${DEFAULT-VALUE}.")
    List<Integer> counts;

    @Option(names = "--images", paramLabel = "DIR", description = "Shared poster folder (default: <shared>/data/posters).")
    Path images;

    @Override
    public Integer call() throws Exception {
        AfficheCommand root = (AfficheCommand) spec.root().userObject();
        CatalogueLocation where = root.paths().location();
        if (!where.postgresql()) {
            spec.commandLine().getErr().println("bench workers: give --catalogue postgresql://user@host/db (an empty database)");
            return AfficheCommand.USAGE;
        }
        Path shared = images != null ? images : Path.of(System.getProperty("affiche.shared", "../shared"), "data/posters");
        List<Path> files;
        try (Stream<Path> s = Files.list(shared.resolve("images"))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(posters).toList();
        }
        try (Catalogue c = Catalogue.open(where)) {
            if (c.count(PosterFilter.ALL) > 0) {
                spec.commandLine().getErr().println("bench workers: " + where + " already holds posters; give an empty"
                        + " database (the bench clears embeddings between rounds)");
                return AfficheCommand.USAGE;
            }
        }
        List<String> importArgs = new ArrayList<>(List.of("--catalogue", where.toString(), "import", "--image-root",
                shared.toString()));
        files.forEach(f -> importArgs.add(f.toString()));
        if (waitAll(List.of(child(importArgs))) != 0) throw new IllegalStateException("the bench's import failed");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("bench workers: %d shared posters, %d cores (load average %.1f); every round shares %d ORT"
                + " threads among its workers; wall time includes each JVM's start and model load%n", files.size(), cores,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
        double one = 0;
        for (int k : counts) {
            try (Catalogue c = Catalogue.open(where)) {
                c.forgetEmbeddingsForBench(encoderOf(root));
            }
            List<Process> workers = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int w = 0; w < k; w++) {
                workers.add(child(List.of("--catalogue", where.toString(), "embed", "--device", "cpu", "--workers", "1",
                        "--inference-threads", "1", "--threads", Integer.toString(Math.max(1, cores / k)), "--batch", "8",
                        "--image-root", shared.toString())));
            }
            int exit = waitAll(workers);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = files.size() / seconds;
            if (one == 0) one = rate;
            System.out.printf("  %d worker%s: %d posters in %.1f s, %.1f posters/s, ratio to one worker %.2f%s%n", k,
                    k == 1 ? " " : "s", files.size(), seconds, rate, rate / one, exit == 0 ? "" : " (a worker failed)");
        }
        System.out.println("  target: near k× with k machines; on one machine the cores are shared, so ~1× here");
        return AfficheCommand.OK;
    }

    private static String encoderOf(AfficheCommand root) {
        return HeadsCli.resolve(root.paths(), null);
    }

    private static Process child(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Daffiche.shared=" + System.getProperty("affiche.shared", "../shared"), "app.affiche.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int waitAll(List<Process> processes) throws InterruptedException {
        int worst = 0;
        for (Process p : processes) {
            if (!p.waitFor(30, TimeUnit.MINUTES)) p.destroyForcibly();
            worst = Math.max(worst, p.exitValue());
        }
        return worst;
    }
}
