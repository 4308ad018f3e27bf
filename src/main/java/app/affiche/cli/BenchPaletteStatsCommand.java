package app.affiche.cli;

import app.affiche.catalogue.AddResult;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.catalogue.NewPoster;
import app.affiche.catalogue.PaletteStats;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.Genres;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Palette analytics speed on a generated catalogue in a temporary folder: posters with palettes the size the
 * extractor gives (3–6 colours, 1–6 greys, shares summing to 1), 1–3 confirmed genres and a year each; the
 * aggregate by genre and by decade is timed after a warm-up (median of the runs, wall clock and this thread's CPU).
 */
@Command(name = "palette-stats", mixinStandardHelpOptions = true,
        description = "Measure `stats palette` (by genre, by decade) on a generated catalogue (default 100,000 posters).")
final class BenchPaletteStatsCommand implements Callable<Integer> {
    static final double TARGET_MS = 1000;
    private static final int CHUNK = 5000;

    @Option(names = "--posters", defaultValue = "100000", description = "Posters generated (default: ${DEFAULT-VALUE}).")
    int posters;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per grouping (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (posters < 1 || runs < 1) throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "--posters and --runs must be at least 1");
        Path dir = Files.createTempDirectory("affiche-bench-palette-stats");
        try (Catalogue catalogue = Catalogue.open(dir.resolve("catalogue.db"))) {
            long t0 = System.nanoTime();
            fill(catalogue, posters, new Random(3));
            System.out.printf(Locale.ROOT, "bench palette-stats: %,d generated posters (%d cores), filled in %.1f s%n",
                    posters, Runtime.getRuntime().availableProcessors(), (System.nanoTime() - t0) / 1e9);
            for (PaletteStats.Grouping by : PaletteStats.Grouping.values()) time(catalogue, by);
        } finally {
            delete(dir);
        }
        return AfficheCommand.OK;
    }

    private void time(Catalogue catalogue, PaletteStats.Grouping by) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PaletteStats stats = catalogue.paletteStats(by, PosterFilter.ALL); // warm-up: page cache, statement
        double[] wall = new double[runs], cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            stats = catalogue.paletteStats(by, PosterFilter.ALL);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        double median = wall[runs / 2];
        System.out.printf(Locale.ROOT, "by %-6s %2d groups: median %6.0f ms (min %.0f, max %.0f), CPU %5.0f ms;"
                        + " target %.0f ms, ratio %.2f%s%n", by.key(), stats.groups().size(), median, wall[0],
                wall[runs - 1], cpu[runs / 2], TARGET_MS, median / TARGET_MS, median <= TARGET_MS ? "" : "  (over target)");
    }

    static void fill(Catalogue catalogue, int count, Random random) {
        for (int start = 0; start < count; start += CHUNK) {
            List<NewPoster> batch = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + CHUNK); i++) {
                byte[] sha = new byte[32];
                random.nextBytes(sha);
                batch.add(new NewPoster(HexFormat.of().formatHex(sha), "/generated/poster-" + i + ".jpg", 100_000, 600,
                        900, "JPEG", null, null, null, palette(random)));
            }
            List<AddResult> added = catalogue.addPosters(batch);
            List<LabelUpdate> labels = new ArrayList<>();
            for (AddResult a : added) {
                Set<String> genres = new LinkedHashSet<>();
                for (int g = 0, n = 1 + random.nextInt(3); g < n; g++) genres.add(Genres.TMDB.get(random.nextInt(Genres.TMDB.size())));
                labels.add(new LabelUpdate(a.id(), null, 1920 + random.nextInt(100), genres, LabelSource.IMPORT));
            }
            catalogue.applyLabelUpdates(labels);
        }
    }

    /** 3–6 colours and 1–6 greys, shares summing to 1, each list largest first, as the extractor stores them. */
    static Palette palette(Random random) {
        int colours = 3 + random.nextInt(4), greys = 1 + random.nextInt(6);
        double[] weights = new double[colours + greys];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) sum += weights[i] = 0.05 + random.nextDouble();
        List<PaletteColor> c = new ArrayList<>(), g = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            int v = random.nextInt(256);
            PaletteColor colour = i < colours ? new PaletteColor(random.nextInt(0x1000000), weights[i] / sum, false)
                    : new PaletteColor(v << 16 | v << 8 | v, weights[i] / sum, true);
            (i < colours ? c : g).add(colour);
        }
        Comparator<PaletteColor> byShare = Comparator.comparingDouble(PaletteColor::share).reversed();
        c.sort(byShare);
        g.sort(byShare);
        return new Palette(c.getFirst().share() >= g.getFirst().share() ? c.getFirst() : g.getFirst(), c, g, 6, false);
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
