package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CsvExport;
import app.affiche.catalogue.ExportField;
import app.affiche.imaging.DecodeBenchmark;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.pipeline.ImportBatch;
import app.affiche.pipeline.ImportReport;
import app.affiche.pipeline.ItemState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Measure import (decode + palette + thumbnail + store) of a folder of posters into a temporary "
                + "catalogue, CSV export of a generated catalogue, and decode + palette of big synthetic scans. "
                + "Everything happens in a temporary folder; nothing of yours is touched."})
final class BenchImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--images", paramLabel = "DIR", description = "Posters to import (default: the shared poster set, "
            + "<affiche.shared or ../shared>/data/posters/images).")
    Path images;

    @Option(names = "--workers", defaultValue = "2", description = "Decoding threads (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--export-rows", defaultValue = "100000", description = "Posters in the generated catalogue "
            + "for the export measurement (default: ${DEFAULT-VALUE}; 0 skips it).")
    int exportRows;

    @Option(names = "--no-scans", description = "Skip decode + palette timings of synthetic big scans "
            + "(24 MP JPEG, 54 MP TIFF).")
    boolean noScans;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("affiche-bench-import");
        try {
            out.printf(Locale.ROOT, "Machine: %d CPUs, Java %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
            int code = benchImport(out, dir.resolve("import.db"));
            if (exportRows > 0) benchExport(out, dir.resolve("export.db"), dir.resolve("export.csv"));
            if (!noScans) benchScans(out, dir.resolve("scans"));
            return code;
        } finally {
            deleteTree(dir);
        }
    }

    private int benchImport(PrintWriter out, Path db) {
        Path folder = images != null ? images : Path.of(System.getProperty("affiche.shared", "../shared"),
                "data/posters/images");
        if (!Files.isDirectory(folder)) {
            out.println("import: skipped, no folder " + folder.toAbsolutePath() + " (give --images DIR)");
            return AfficheCommand.OK;
        }
        try (Catalogue catalogue = Catalogue.open(db)) {
            ImportBatch batch = new ImportBatch(catalogue, new PosterDecoder(), new PaletteExtractor(), workers,
                    new ProgressPrinter(spec.commandLine().getErr()));
            ImportReport report = batch.run(List.of(folder));
            double seconds = report.elapsedMillis() / 1000.0;
            long done = report.count(ItemState.DONE);
            out.printf(Locale.ROOT, "import: %d posters (%d failed) with %d workers in %.1f s = %.1f posters/s%n",
                    done, report.count(ItemState.FAILED), workers, seconds, done / seconds);
            out.flush();
            return report.allGood() ? AfficheCommand.OK : AfficheCommand.SOME_FAILED;
        }
    }

    private void benchExport(PrintWriter out, Path db, Path csv) throws IOException {
        try (Catalogue catalogue = Catalogue.open(db)) {
            long t0 = System.nanoTime();
            FakeCatalogue.fill(catalogue, exportRows);
            double fillSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            int rows = CsvExport.write(catalogue, csv, ExportField.DEFAULT, false);
            double seconds = (System.nanoTime() - t1) / 1e9;
            out.printf(Locale.ROOT, "export: %d rows, %d fields, %.1f MB CSV in %.2f s = %.0f rows/s "
                            + "(generating the catalogue took %.1f s, not counted)%n", rows, ExportField.DEFAULT.size(),
                    Files.size(csv) / 1e6, seconds, rows / seconds, fillSeconds);
            out.flush();
        }
    }

    private static void benchScans(PrintWriter out, Path work) throws IOException {
        PaletteExtractor palettes = new PaletteExtractor();
        out.println("scans: median decode and palette (\"after\") per file");
        for (DecodeBenchmark.Figure f : DecodeBenchmark.run(work, image -> palettes.extract(image, 6))) {
            out.println("  " + f);
            out.flush();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
