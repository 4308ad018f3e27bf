package app.affiche.cli;

import app.affiche.poster.AffichePaths;
import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.FileNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** The root command: global options and the list of subcommands. Exit codes: 0 ok, 1 some inputs failed, 2 usage. */
@Command(name = "affiche", mixinStandardHelpOptions = true, versionProvider = AfficheCommand.Version.class,
        description = "Affiche: tag, catalogue and export movie posters offline.",
        subcommands = {GuiCommand.class, ImportCommand.class, PaletteCommand.class, ListCommand.class,
                LabelCommand.class, FieldCommand.class, RemoveCommand.class, ExportCommand.class, DoctorCommand.class, BackupCommand.class,
                RestoreCommand.class, ModelsCommand.class,
                AcceptCommand.class,
                ThresholdsCommand.class,
                SimilarCommand.class, DuplicatesCommand.class, XmpCommand.class,
                StatsCommand.class,
                EmbedCommand.class, StatusCommand.class, TrainCommand.class, TagCommand.class, PredictCommand.class, EvalCommand.class,
                BenchCommand.class})
public final class AfficheCommand implements Runnable {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @Option(names = "--catalogue", scope = CommandLine.ScopeType.INHERIT, paramLabel = "PATH|URL",
            description = "Catalogue file, or a team catalogue postgresql://user@host:5432/db (password from ~/.pgpass "
                    + "or PGPASSWORD) (default: $AFFICHE_CATALOGUE, else catalogue.db in the per-user directory).")
    String catalogue;

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new AfficheCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // every path argument of every command: a name whose bytes the argument's text lost is found again
        cli.registerConverter(Path.class, value -> FileNames.locate(Path.of(value)));
        if (args.length == 0) args = new String[]{"gui"};
        return cli.execute(args);
    }

    @Spec
    CommandSpec spec;

    public AffichePaths paths() {
        AffichePaths paths;
        try {
            paths = AffichePaths.fromEnvironment();
        } catch (IllegalArgumentException e) { // AFFICHE_CATALOGUE holds a URL Affiche cannot use
            throw new CommandLine.ParameterException(spec.commandLine(), "AFFICHE_CATALOGUE: " + e.getMessage());
        }
        if (catalogue == null) return paths;
        if (CatalogueLocation.isUrl(catalogue)) {
            try {
                return paths.withCatalogue(CatalogueLocation.parse(catalogue, paths.home()));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--catalogue: " + e.getMessage());
            }
        }
        Path file = FileNames.locate(Path.of(catalogue)); // a name whose bytes the argument's text lost is found again
        if (!FileNames.roundTrips(file)) { // SQLite opens by name as text: it would miss it
            throw new CommandLine.ParameterException(spec.commandLine(), "--catalogue " + file
                    + ": file name is not valid in the file-name encoding (" + System.getProperty("sun.jnu.encoding")
                    + "); rename the file");
        }
        return paths.withCatalogue(file);
    }

    @Override
    public void run() {
        GuiCommand gui = new GuiCommand();
        gui.parent = this; // `affiche --catalogue X` opens the window on X
        gui.run();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AfficheCommand.class.getPackage().getImplementationVersion();
            return new String[]{"Affiche " + (v == null ? "(development build)" : v)};
        }
    }
}
