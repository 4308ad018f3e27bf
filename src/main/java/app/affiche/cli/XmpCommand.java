package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.catalogue.xmp.SidecarNaming;
import app.affiche.catalogue.xmp.SidecarWriter;
import app.affiche.poster.Poster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** XMP sidecars beside the image files, for photo managers (digiKam, Lightroom, darktable) to read. */
@Command(name = "xmp", mixinStandardHelpOptions = true,
        description = "XMP sidecars beside the image files (import reads them back as import labels).",
        subcommands = XmpCommand.Write.class)
final class XmpCommand {
    @ParentCommand
    AfficheCommand root;

    @Command(name = "write", mixinStandardHelpOptions = true,
            description = {"Write each poster's sidecar beside its image: confirmed genres as keywords (dc:subject, "
                    + "lr:hierarchicalSubject Affiche|Genre|G, digiKam:TagsList), title, year and decade, and the "
                    + "model's suggestions apart in Affiche's namespace.",
                    "An existing sidecar is merged: other tools' fields and keywords are kept.",
                    "Exit code: 0 all written, 1 some posters failed (each named on stderr), 2 usage error."})
    static final class Write implements Callable<Integer> {
        @ParentCommand
        XmpCommand xmp;
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "POSTER", description = "Catalogue id, SHA-256 prefix or file path.")
        List<String> posters = new ArrayList<>();

        @Option(names = "--all", description = "Every catalogued poster.")
        boolean all;

        @Option(names = "--naming", defaultValue = "ext", paramLabel = "ext|base",
                description = "ext: poster.jpg.xmp (digiKam, darktable; default); base: poster.xmp (Lightroom, Bridge).")
        String naming;

        @Option(names = "--json", description = "Print the outcome as JSON on stdout.")
        boolean json;

        @Override
        public Integer call() {
            if (all == !posters.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give POSTER... or --all (one of them)");
            }
            SidecarNaming style = switch (naming.toLowerCase(Locale.ROOT)) {
                case "ext" -> SidecarNaming.EXT;
                case "base" -> SidecarNaming.BASE;
                default -> throw new ParameterException(spec.commandLine(), "--naming is ext or base, not '" + naming + "'");
            };
            return CliSupport.guarded(spec, () -> {
                // Only reads the catalogue: works beside an open window.
                try (Catalogue catalogue = CliSupport.openToRead(xmp.root)) {
                    return write(catalogue, style);
                }
            });
        }

        private int write(Catalogue catalogue, SidecarNaming style) {
            PrintWriter err = spec.commandLine().getErr();
            Set<Long> ids = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            if (all) for (Poster p : catalogue.posters(PosterFilter.ALL)) ids.add(p.id());
            for (String ref : posters) {
                try {
                    ids.add(PosterRef.resolve(catalogue, ref));
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    unknown.add(ref);
                }
            }
            List<SidecarWriter.Result> results = new SidecarWriter(catalogue, style)
                    .writeAll(List.copyOf(ids), (d, t) -> { }, () -> false);
            List<SidecarWriter.Result> failed = results.stream().filter(r -> !r.ok()).toList();
            for (SidecarWriter.Result r : failed) err.println("failed: " + describe(r) + ": " + r.error());
            err.flush();
            long merged = results.stream().filter(r -> r.ok() && r.merged()).count();
            int written = results.size() - failed.size();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("written", written);
                out.put("merged", merged);
                out.put("failed", failed.size());
                out.put("unknown", unknown);
                out.put("sidecars", results.stream().filter(SidecarWriter.Result::ok).map(r -> r.sidecar().toString()).toList());
                out.put("failures", failed.stream().map(r -> Map.of("poster", r.posterId(), "reason", r.error())).toList());
                CliSupport.printJson(spec, out);
            } else {
                spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %d sidecar(s) (%d merged into an existing one), "
                        + "%d failed, %d not found%n", written, merged, failed.size(), unknown.size());
            }
            return failed.isEmpty() && unknown.isEmpty() ? AfficheCommand.OK : AfficheCommand.SOME_FAILED;
        }

        private static String describe(SidecarWriter.Result r) {
            return "poster " + r.posterId() + (r.image() == null ? "" : " (" + r.image() + ")");
        }
    }
}
