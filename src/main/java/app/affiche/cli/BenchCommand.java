package app.affiche.cli;

import picocli.CommandLine.Command;

/** Benchmarks print figures and ratios measured side by side in one run; speed targets live here, not in tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed (import, embed, heads, similar, ann, scale, preview, ui, palette-stats, fields) and the learning curve (learn).",
        subcommands = {BenchImportCommand.class, BenchEmbedCommand.class, BenchHeadsCommand.class,
                BenchSimilarCommand.class, BenchDuplicatesCommand.class, BenchAnnCommand.class, BenchScaleCommand.class, BenchPreviewCommand.class,
                BenchUiCommand.class, BenchLearnCommand.class, BenchPaletteStatsCommand.class, BenchFieldsCommand.class,
                BenchWorkersCommand.class})
final class BenchCommand {
}
