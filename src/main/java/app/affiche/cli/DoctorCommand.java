package app.affiche.cli;

import app.affiche.catalogue.CatalogueException;
import app.affiche.catalogue.CatalogueHealth;
import app.affiche.catalogue.CatalogueSummary;
import app.affiche.embedding.DeviceChoice;
import app.affiche.embedding.EncoderReport;
import app.affiche.imaging.PosterDecoder;
import app.affiche.poster.AffichePaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Show what Affiche runs on and where its data lives, and check the catalogue's integrity "
                + "(read-only: nothing is created or changed).", "Exit code 1 when the catalogue is damaged."})
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;
    private boolean damaged;

    /** Each section prints a title line then its lines, indented. Add sections here. */
    private List<Supplier<List<String>>> sections() {
        return List.of(this::runtime, this::data,
                () -> EncoderReport.doctorSection(root.paths().models(), DeviceChoice.AUTO));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Supplier<List<String>> section : sections()) {
            List<String> lines = section.get();
            out.println(lines.getFirst());
            for (String line : lines.subList(1, lines.size())) out.println("  " + line);
        }
        out.flush();
        return damaged ? AfficheCommand.SOME_FAILED : AfficheCommand.OK;
    }

    private List<String> runtime() {
        return List.of("Runtime",
                "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "CPUs: " + Runtime.getRuntime().availableProcessors() + ", max heap: "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB",
                "File name encoding: " + System.getProperty("sun.jnu.encoding"),
                "JPEG decoding: " + PosterDecoder.jpegDecoder());
    }

    /** The full integrity check; a damaged catalogue makes doctor exit 1 and says how to restore. */
    private void integrity(AffichePaths paths, List<String> lines) {
        Optional<String> problem = CatalogueHealth.fullCheck(paths.catalogue());
        lines.add("Integrity: " + problem.orElse("ok (PRAGMA integrity_check)"));
        damaged |= problem.isPresent();
    }

    private List<String> data() {
        AffichePaths paths = root.paths();
        List<String> lines = new ArrayList<>(List.of("Data",
                "Per-user folder: " + paths.home() + (System.getenv("AFFICHE_HOME") != null ? " (from AFFICHE_HOME)" : ""),
                "Catalogue: " + paths.location()));
        try {
            CatalogueSummary s = CatalogueSummary.peek(paths.location());
            if (!s.exists()) {
                lines.add("Catalogue not created yet (the first import creates it)");
            } else {
                lines.add("Schema version: " + s.schemaVersion() + (s.schemaVersion() < s.latestVersion()
                        ? " (will be migrated to " + s.latestVersion() + " on next open, after a backup)" : ""));
                lines.add("Posters: " + s.posters());
            }
        } catch (CatalogueException e) {
            lines.add("Catalogue unreadable: " + e.getMessage());
        }
        if (paths.location().postgresql()) {
            lines.add("Integrity: checked by the PostgreSQL server (a team catalogue)");
        } else if (java.nio.file.Files.exists(paths.catalogue())) {
            integrity(paths, lines);
        }
        lines.add("Models folder: " + paths.models());
        return lines;
    }
}
