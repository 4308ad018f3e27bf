package app.affiche.cli;

import app.affiche.catalogue.CatalogueBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the catalogue with a backup (from affiche backup, or a catalogue.db.bak-v… kept before "
                + "a migration). The backup is checked first; the catalogue it replaces is kept beside it as "
                + "catalogue.db.bak-…-replaced. Refused while Affiche has the catalogue open."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path from;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            CliSupport.requireFile(root, "restore");
            CatalogueBackups.Restored r = CatalogueBackups.restore(root.paths().catalogue(), from);
            spec.commandLine().getOut().println("Restored " + r.catalogue() + " from " + r.from()
                    + (r.kept() == null ? "" : "; the catalogue it replaced is kept as " + r.kept()));
            return AfficheCommand.OK;
        });
    }
}
