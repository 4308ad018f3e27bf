package app.affiche.cli;

import picocli.CommandLine.Command;

/** Statistics across the catalogue. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Statistics across the catalogue (palette).",
        subcommands = {StatsPaletteCommand.class})
final class StatsCommand {
}
