package app.affiche.cli;

import app.affiche.catalogue.CatalogueBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy the catalogue with SQLite's online backup (consistent even while the workbench is open).",
                "Without FILE, a dated copy is written beside the catalogue (catalogue.db.bak-YYYY-MM-DD-HHMMSS).",
                "A damaged catalogue is not backed up (restore an earlier backup instead)."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write the copy (must not exist yet).")
    Path target;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            CliSupport.requireFile(root, "backup");
            Path catalogue = root.paths().catalogue();
            Path written = CatalogueBackups.backup(catalogue, target != null ? target : CatalogueBackups.datedName(catalogue));
            spec.commandLine().getOut().println("Backed up " + catalogue + " to " + written);
            return AfficheCommand.OK;
        });
    }
}
