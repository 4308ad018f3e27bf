package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PaletteStats;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.ColourBins;
import app.affiche.stats.StatsText;
import app.affiche.stats.PaletteChartImage;
import app.affiche.stats.PaletteStatsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

@Command(name = "palette", mixinStandardHelpOptions = true,
        description = {"Palettes per genre or decade of the (filtered) catalogue: hue and lightness mix, share of grey, "
                + "typical swatches. Genres are the confirmed ones (curator, else import); model suggestions never count.",
                "Only reads the catalogue."})
final class StatsPaletteCommand implements Callable<Integer> {
    @ParentCommand
    StatsCommand parent;
    @Spec
    CommandSpec spec;

    @Mixin
    PosterFilterOptions filterOptions;

    @Option(names = "--by", required = true, paramLabel = "genre|decade", description = "Group by genre or decade.")
    PaletteStats.Grouping by;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV.")
    Path csv;

    @Option(names = "--png", paramLabel = "FILE", description = "Also draw the charts into a PNG (no display needed).")
    Path png;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            PaletteStats stats;
            String filterText;
            try (Catalogue catalogue = CliSupport.openToRead(root())) {
                PosterFilter filter = filterOptions.filter(catalogue);
                filterText = StatsText.filter(filter);
                stats = catalogue.paletteStats(by, filter);
            }
            printText(stats, filterText);
            int status = AfficheCommand.OK;
            if (csv != null) status = Math.max(status, output("CSV", csv, () -> {
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    PaletteStatsCsv.write(stats, w);
                }
            }));
            if (png != null) status = Math.max(status, output("PNG", png,
                    () -> PaletteChartImage.write(stats, subtitle(stats, filterText), png)));
            return status;
        });
    }

    private AfficheCommand root() {
        return (AfficheCommand) spec.parent().parent().userObject();
    }

    interface Output {
        void write() throws IOException;
    }

    /** One output file: a failure is named and makes the exit code 1, the other output is still written. */
    private int output(String what, Path file, Output output) {
        try {
            output.write();
            spec.commandLine().getOut().println("Wrote " + what + " " + file);
            return AfficheCommand.OK;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("affiche stats palette: cannot write " + what + " " + file + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return AfficheCommand.SOME_FAILED;
        }
    }

    static String subtitle(PaletteStats stats, String filterText) {
        return String.format(Locale.ROOT, "%,d posters with a palette%s; %s", stats.postersWithPalette(),
                filterText.isEmpty() ? "" : " (" + filterText + ")", StatsText.grouping(stats.by()));
    }

    private void printText(PaletteStats stats, String filterText) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(subtitle(stats, filterText));
        out.printf("%-18s %7s  %5s  %5s  %-34s  %s%n", stats.by().key(), "posters", "grey", "dark", "top hues (of colour)",
                "typical swatches");
        for (PaletteStats.Group g : stats.groups()) {
            String hues = IntStream.range(0, ColourBins.HUES).boxed()
                    .sorted(Comparator.comparingDouble(i -> -g.hues().get(i))).limit(3)
                    .map(i -> String.format(Locale.ROOT, "%s %.0f%%", ColourBins.HUE_NAMES.get(i), 100 * g.hues().get(i)))
                    .collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "%-18s %7d  %4.0f%%  %4.0f%%  %-34s  %s%n", g.name(), g.posters(), 100 * g.greyShare(),
                    100 * (g.lights().get(0) + g.lights().get(1)), hues,
                    g.swatches().stream().map(PaletteStats.Swatch::hex).collect(Collectors.joining(" ")));
        }
        if (stats.groups().isEmpty()) out.println("(no posters with a palette and a " + stats.by().key() + ")");
        out.flush();
    }
}
