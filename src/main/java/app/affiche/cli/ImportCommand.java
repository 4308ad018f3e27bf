package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CsvLabelImport;
import app.affiche.catalogue.ImportLabels;
import app.affiche.catalogue.KeptCurator;
import app.affiche.catalogue.LabelImportReport;
import app.affiche.catalogue.xmp.SidecarLabels;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.pipeline.ImportBatch;
import app.affiche.pipeline.ImportItem;
import app.affiche.pipeline.ImportReport;
import app.affiche.pipeline.ItemState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import poster images (files, or folders walked recursively) into the catalogue.",
                "A file already catalogued (same SHA-256) is skipped. In folders, only files with an image "
                        + "extension are taken. With --labels, titles, years and genres are then read from a CSV.",
                "A sidecar beside a file (poster.jpg.xmp or poster.xmp) gives its genres (Affiche|Genre|... entries, "
                        + "else keywords naming a known genre), title and year as import labels; --labels wins.",
                "Exit code: 0 all imported, 1 some inputs failed (each named on stderr), 2 usage error."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Image files and/or folders.")
    List<Path> inputs;

    @Option(names = "--image-root", paramLabel = "DIR", description = "On a PostgreSQL catalogue: the shared image "
            + "folder as this machine mounts it; files under it are stored relative to it (default: $AFFICHE_IMAGE_ROOT).")
    Path imageRoot;

    @Option(names = "--labels", paramLabel = "CSV",
            description = "Labels CSV (columns file or sha256, title, year, genres with | between genres).")
    Path labels;

    @Option(names = "--add-fields", description = "Declare each extra --labels column that names no field as one, "
            + "typed by its values (number, category or text); without it such columns are listed and left out.")
    boolean addFields;

    @Option(names = "--workers", defaultValue = "2", description = "Decoding threads (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--json", description = "Print the outcome as JSON on stdout.")
    boolean json;

    @Option(names = "--no-sidecars", description = "Ignore XMP sidecars beside the files.")
    boolean noSidecars;

    private SidecarLabels sidecars;
    private KeptCurator sidecarKept = KeptCurator.NONE;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, this::importAll);
    }

    private int importAll() {
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch finished = new CountDownLatch(1);
        try (Catalogue catalogue = CliSupport.open(root)) {
            // Read before importing, so each stored group of posters carries its labels (a killed import keeps them).
            CsvLabelImport labelFile = labels == null ? null : CsvLabelImport.read(catalogue, labels, addFields);
            sidecars = noSidecars ? null : new SidecarLabels(catalogue.genreVocabulary());
            ImportLabels fromFiles = sidecars == null ? ImportLabels.NONE : sidecars;
            ImportBatch batch = new ImportBatch(catalogue, new PosterDecoder(), new PaletteExtractor(), workers,
                    new ProgressPrinter(err), labelFile == null ? fromFiles : fromFiles.then(labelFile))
                    .storingUnder(catalogue.location().postgresql() // only a team's workers map a shared folder
                            ? app.affiche.pipeline.workers.ImageRoot.of(imageRoot)
                            : app.affiche.pipeline.workers.ImageRoot.NONE);
            // Ctrl-C: stop scheduling, let finished posters be stored and the catalogue close, then exit.
            Thread hook = new Thread(() -> {
                batch.cancel();
                awaitQuietly(finished);
            }, "affiche-import-cancel");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                ImportReport report = batch.run(inputs);
                if (sidecars != null && !report.cancelled()) sidecarKept = sidecars.applyTo(catalogue, idsByPath(report));
                LabelImportReport labelReport = labelFile == null || report.cancelled() ? null : labelFile.applyAll();
                print(catalogue, report, labelReport);
                if (labelReport != null) FieldImportLines.print(spec, labelFile.fieldReport(), json);
                boolean labelsOk = labelReport == null || labelReport.errors().isEmpty();
                return report.allGood() && labelsOk ? AfficheCommand.OK : AfficheCommand.SOME_FAILED;
            } finally {
                removeHook(hook);
            }
        } finally {
            finished.countDown();
        }
    }

    /** Every catalogued file of the batch (new or already there), by the path it was imported under. */
    private static Map<String, Long> idsByPath(ImportReport report) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (ImportItem i : report.items()) if (i.posterId() != null) ids.put(i.path(), i.posterId());
        return ids;
    }

    private void print(Catalogue catalogue, ImportReport report, LabelImportReport labelReport) {
        PrintWriter err = spec.commandLine().getErr();
        for (ImportItem f : report.failures()) err.println("failed: " + f.path() + ": " + f.reason());
        if (sidecars != null) for (String w : sidecars.warnings()) err.println("warning: " + w);
        if (labelReport != null) {
            for (var e : labelReport.errors()) err.println("labels " + labels + " " + e);
            for (var w : labelReport.warnings()) err.println("labels " + labels + " warning: " + w);
        }
        err.flush();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("catalogue", catalogue.location().toString());
            out.put("imported", report.count(ItemState.DONE));
            out.put("duplicates", report.count(ItemState.SKIPPED_DUPLICATE));
            out.put("failed", report.count(ItemState.FAILED));
            out.put("cancelled", report.cancelled());
            out.put("seconds", report.elapsedMillis() / 1000.0);
            out.put("failures", report.failures().stream()
                    .map(f -> Map.of("path", f.path(), "reason", f.reason())).toList());
            if (labelReport != null) {
                KeptCurator kept = labelReport.kept();
                out.put("labels", Map.of("applied", labelReport.applied(), "keptCurator", kept.genres(),
                        "keptCuratorTitles", kept.titles(), "keptCuratorYears", kept.years(),
                        "errors", lines(labelReport.errors()), "warnings", lines(labelReport.warnings()),
                        "notCatalogued", labelReport.unmatched().size()));
            }
            if (sidecars != null) {
                out.put("sidecars", Map.of("read", sidecars.found(), "keptCurator", sidecarKept.genres(),
                        "keptCuratorTitles", sidecarKept.titles(), "keptCuratorYears", sidecarKept.years(),
                        "warnings", sidecars.warnings()));
            }
            CliSupport.printJson(spec, out);
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Imported %d new poster(s), %d already catalogued, %d failed%s in %.1f s into %s%n",
                report.count(ItemState.DONE), report.count(ItemState.SKIPPED_DUPLICATE),
                report.count(ItemState.FAILED), report.cancelled() ? " (cancelled)" : "",
                report.elapsedMillis() / 1000.0, catalogue.location());
        if (labelReport != null) {
            out.printf(Locale.ROOT, "Labels: %d line(s) applied%s, %d rejected%s%n", labelReport.applied(),
                    keptCurator(labelReport.kept()), labelReport.errors().size(),
                    (labelReport.warnings().isEmpty() ? "" : ", " + labelReport.warnings().size() + " warning(s)")
                            + notCatalogued(labelReport));
        }
        if (sidecars != null && sidecars.found() > 0) {
            out.printf(Locale.ROOT, "Sidecars: labels read from %d%s%n", sidecars.found(), keptCurator(sidecarKept));
        }
        out.flush();
    }

    private static List<Map<String, Object>> lines(List<LabelImportReport.LineError> lines) {
        return lines.stream().map(e -> Map.<String, Object>of("line", e.line(), "reason", e.reason())).toList();
    }

    /** What the file would have changed and a curator's word kept, e.g. " (kept 1 curator title, 2 curator years)". */
    private static String keptCurator(KeptCurator kept) {
        if (!kept.any()) return "";
        List<String> parts = new ArrayList<>();
        if (kept.genres() > 0) parts.add("curator genres on " + count(kept.genres(), "poster"));
        if (kept.titles() > 0) parts.add(count(kept.titles(), "curator title"));
        if (kept.years() > 0) parts.add(count(kept.years(), "curator year"));
        return " (kept " + String.join(", ", parts) + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** One clause for the lines about posters not in this catalogue (a labels file for more than was imported). */
    private static String notCatalogued(LabelImportReport r) {
        if (r.unmatched().isEmpty()) return "";
        return String.format(Locale.ROOT, ", %,d skipped: not in this catalogue (first: %s)", r.unmatched().size(),
                r.unmatched().getFirst());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for us
        }
    }
}
