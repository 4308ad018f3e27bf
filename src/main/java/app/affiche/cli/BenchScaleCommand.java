package app.affiche.cli;

import app.affiche.catalogue.BenchRows;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CsvExport;
import app.affiche.catalogue.ExportField;
import app.affiche.catalogue.NewPoster;
import app.affiche.catalogue.PosterFilter;
import app.affiche.heads.HeadsConfig;
import app.affiche.pipeline.AnnNeighbours;
import app.affiche.heads.TrainingListener;
import app.affiche.pipeline.PreviewNeighbours;
import app.affiche.pipeline.TrainRun;
import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.Decade;
import app.affiche.poster.Genres;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import app.affiche.similar.AnnIndex;
import app.affiche.similar.Metric;
import app.affiche.similar.MetricFeedbackStore;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.workbench.CataloguePosterSource;
import app.affiche.ui.workbench.GridQuery;
import app.affiche.ui.workbench.PagedPosterList;
import app.affiche.ui.workbench.PosterState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * The catalogue at archive scale (a temporary SQLite file, or an empty PostgreSQL database): a synthetic catalogue (posters with titles, years, palettes, labels on
 * some, clustered embeddings), then what a dealer does with it, each timed: open, filter, page through the grid
 * (the workbench's own queries), similar posters, retrain, export.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = {"Time a synthetic catalogue at archive scale (default 100,000 posters): open, filter, page",
                "through the grid, similar query (approximate index), retrain on the labelled ones, export.",
                "A temporary SQLite file, or the PostgreSQL database given by --catalogue postgresql://... (it must be",
                "empty; the bench fills it with synthetic posters and leaves them there)."})
final class BenchScaleCommand implements Callable<Integer> {
    private static final String ENCODER = "bench-scale";

    @Option(names = "--posters", defaultValue = "100000", description = "Posters (default: ${DEFAULT-VALUE}).")
    int posters;

    @Option(names = "--labelled", defaultValue = "10000", description = "Posters with confirmed genres, for retraining (default: ${DEFAULT-VALUE}).")
    int labelled;

    @Option(names = "--dim", defaultValue = "1280", description = "Embedding dimension (default: ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--queries", defaultValue = "50", description = "Timed similar queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--similar", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Time similar queries, building the approximate index first (`bench ann` times the index alone).")
    boolean similar;

    @Option(names = "--pages", description = "Time this many pages spread evenly over the whole grid, the deepest "
            + "included (default: every page; on PostgreSQL a deep OFFSET costs a scan, so a million posters take hours).")
    Integer pageSample;

    @Option(names = "--filled", description = "The PostgreSQL catalogue already holds this bench's posters (an earlier "
            + "run's, same --posters, --labelled and --dim): time it again without filling it.")
    boolean filled;

    @Option(names = "--scale-indexes", description = "First (re)create the PostgreSQL indexes for large catalogues "
            + "(PgSchema.SCALE_INDEXES, part of schema v9), timing it; nothing on SQLite.")
    boolean scaleIndexes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CatalogueLocation given = ((AfficheCommand) spec.root().userObject()).paths().location();
        Path dir = Files.createTempDirectory("affiche-bench-scale");
        // a team catalogue given by --catalogue is benched in place (an empty database of its own); a file never is
        CatalogueLocation location = given.postgresql() ? given : CatalogueLocation.file(dir.resolve("catalogue.db"));
        System.out.printf(Locale.ROOT, "bench scale: %,d posters (%,d labelled), dim %d, %s, %d cores, max heap %d MB%n",
                posters, labelled, dimension, location.postgresql() ? location : "SQLite",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try {
            SyntheticEmbeddings gen = new SyntheticEmbeddings(dimension, posters);
            long t = System.nanoTime();
            try (Catalogue c = Catalogue.open(location)) {
                int held = c.count(PosterFilter.ALL);
                if (filled ? held != posters || !location.postgresql() : held > 0) {
                    System.err.println("bench scale: " + location + " holds " + held + " posters; " + (filled
                            ? "--filled needs a PostgreSQL catalogue an earlier run filled with --posters " + posters
                            : "the bench fills a catalogue with synthetic ones, so give it an empty database"));
                    return AfficheCommand.USAGE;
                }
                if (!filled) fill(c, gen);
                System.out.printf(Locale.ROOT, "catalogue %s in %.0f s, %,d MB%n", filled ? "checked" : "generated",
                        (System.nanoTime() - t) / 1e9, BenchRows.storedBytes(c) >> 20);
                if (scaleIndexes) {
                    t = System.nanoTime();
                    int made = BenchRows.addScaleIndexes(c);
                    line("scale indexes (" + made + " statements)", ms(t), Double.NaN);
                }
            }
            t = System.nanoTime();
            try (Catalogue c = Catalogue.open(location)) {
                line("open", ms(t), 1000);
                grid(new CatalogueGateway(c));
                if (similar) similar(c, gen);
                t = System.nanoTime();
                new TrainRun(c, HeadsConfig.defaults()).run(ENCODER, TrainingListener.NONE, () -> false);
                line("retrain on " + labelled + " labels", ms(t), Double.NaN);
                t = System.nanoTime();
                int rows = CsvExport.write(c, dir.resolve("export.csv"), ExportField.DEFAULT, false);
                line("export " + rows + " rows (with the heads' era for each)", ms(t), Double.NaN);
            }
        } finally {
            if (location.postgresql()) AnnIndex.delete(AnnNeighbours.folder(location.sideFile(), ENCODER));
            AnnIndex.delete(dir);
        }
        return AfficheCommand.OK;
    }

    /** Synthetic posters in transactions of 1,000: the first {@code labelled} with two import genres each. */
    private void fill(Catalogue c, SyntheticEmbeddings gen) {
        Random random = new Random(1);
        for (int from = 0; from < posters; from += 1000) {
            List<BenchRows.Row> batch = new ArrayList<>();
            for (int i = from; i < Math.min(posters, from + 1000); i++) {
                byte[] sha = new byte[32];
                random.nextBytes(sha);
                PaletteColor colour = new PaletteColor(random.nextInt(0x1000000), 1.0, false);
                NewPoster p = new NewPoster(HexFormat.of().formatHex(sha), "/archive/poster-" + i + ".jpg", 500_000, 2000,
                        3000, "JPEG", "Poster " + i, 1920 + random.nextInt(100), new byte[]{1, 2, 3},
                        new Palette(colour, List.of(colour), List.of(), 6, true));
                Set<String> genres = i >= labelled ? Set.of() : new TreeSet<>(List.of(
                        Genres.TMDB.get(random.nextInt(Genres.TMDB.size())), Genres.TMDB.get(i % 3)));
                batch.add(new BenchRows.Row(p, genres, gen.vector(i)));
            }
            BenchRows.load(c, ENCODER, batch);
        }
    }

    /** The workbench's grid: count and first page per filter, then every page of the whole catalogue. */
    private void grid(CatalogueGateway g) {
        Map<String, GridQuery> filters = new LinkedHashMap<>();
        filters.put("all", GridQuery.ALL);
        filters.put("genre Drama", new GridQuery("Drama", null, null, null));
        filters.put("decade 1950s", new GridQuery(null, Decade.parse("1950s"), null, null));
        filters.put("unlabelled", new GridQuery(null, null, PosterState.UNLABELLED, null));
        filters.put("title \"Poster 4242\"", new GridQuery(null, null, null, "Poster 4242"));
        filters.put("genre + decade + confirmed", new GridQuery("Comedy", Decade.parse("1980s"), PosterState.CONFIRMED, null));
        for (var f : filters.entrySet()) {
            double cold = 0, warm = 0;
            int size = 0;
            for (int round = 0; round < 2; round++) { // the first after opening, then again (SQLite's cache warm)
                long t = System.nanoTime();
                CataloguePosterSource source = CataloguePosterSource.open(g, f.getValue());
                source.page(0, PagedPosterList.PAGE);
                size = source.size();
                if (round == 0) cold = ms(t);
                else warm = ms(t);
            }
            System.out.printf(Locale.ROOT, "filter %s (%,d): count + first page %.1f ms, first time %.1f ms (target 100 ms, "
                    + "ratio %.2f)%n", f.getKey(), size, warm, cold, warm / 100);
        }
        CataloguePosterSource all = CataloguePosterSource.open(g, GridQuery.ALL);
        int pages = (all.size() + PagedPosterList.PAGE - 1) / PagedPosterList.PAGE;
        int timed = pageSample == null ? pages : Math.max(1, Math.min(pages, pageSample));
        double[] ms = new double[timed];
        long t0 = System.nanoTime();
        for (int i = 0; i < timed; i++) {
            int p = timed == 1 ? pages - 1 : (int) ((long) i * (pages - 1) / (timed - 1)); // the last is the deepest
            long t = System.nanoTime();
            all.page(p * PagedPosterList.PAGE, PagedPosterList.PAGE);
            ms[i] = ms(t);
        }
        double total = ms(t0), last = ms[timed - 1];
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "page through the grid: %d pages of %d in %.1f s%s; a page median %.1f ms, p95 %.1f ms, "
                + "the last (deepest offset) %.1f ms (target 100 ms, ratio %.2f)%n", timed, PagedPosterList.PAGE, total / 1000,
                timed == pages ? "" : String.format(Locale.ROOT, " (spread over all %,d)", pages),
                ms[timed / 2], ms[(int) (timed * 0.95)], last, ms[(int) (timed * 0.95)] / 100);
    }

    private void similar(Catalogue c, SyntheticEmbeddings gen) {
        try (PreviewNeighbours n = new PreviewNeighbours(c, ENCODER, MetricFeedbackStore.inHome(c.file().resolveSibling("home")),
                System.err::println)) {
            long t = System.nanoTime();
            n.nearest(gen.vector(posters + 1L), null, Metric.COSINE, 10);
            line("similar: first query, building the approximate index (" + (n.approximate() ? "approximate" : "exact") + ")",
                    ms(t), Double.NaN);
            double[] ms = new double[queries], cpu = new double[queries];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int q = 0; q < queries; q++) {
                float[] query = gen.vector(posters + 10L + q);
                t = System.nanoTime();
                long tc = threads.getCurrentThreadCpuTime();
                n.nearest(query, null, Metric.COSINE, 10);
                ms[q] = ms(t);
                cpu[q] = (threads.getCurrentThreadCpuTime() - tc) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            int p95 = (int) (queries * 0.95);
            System.out.printf(Locale.ROOT, "similar: query with posters and thumbnails median %.1f ms, p95 %.1f ms; CPU median "
                    + "%.1f ms, p95 %.1f ms (target 20 ms, ratio %.2f wall, %.2f CPU)%n", ms[queries / 2], ms[p95],
                    cpu[queries / 2], cpu[p95], ms[queries / 2] / 20, cpu[queries / 2] / 20);
        }
    }

    private static void line(String what, double ms, double targetMs) {
        String target = Double.isNaN(targetMs) ? "" : String.format(Locale.ROOT, " (target %.0f ms, ratio %.2f)", targetMs, ms / targetMs);
        System.out.printf(Locale.ROOT, "%s: %.1f ms%s%n", what, ms, target);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double seconds(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e9;
    }
}
