package app.affiche.cli;

import app.affiche.embedding.EncoderException;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Manifest;
import app.affiche.embedding.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Lists, installs (from a local file or folder, never the network) and verifies encoder models. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Encoder models: list, install from a local file or folder, verify SHA-256.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Install.class, ModelsCommand.Verify.class,
                ModelsCommand.Default.class})
final class ModelsCommand {
    @ParentCommand
    AfficheCommand root;

    /** A subcommand's work; a model problem is printed plainly and exits SOME_FAILED. */
    interface Action {
        int call() throws EncoderException;
    }

    static int run(Action action) {
        try {
            return action.call();
        } catch (EncoderException e) {
            System.err.println(e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
    }

    ModelStore store() throws EncoderException {
        Path dir = root.paths().models();
        return ModelStore.open(dir);
    }

    /**
     * Installed files are verified here too (SHA-256; a file several entries share is read once): a tampered
     * file must not look usable. For the 26 MB of the shipped encoders that costs ~0.2 s in a fresh JVM (45 ms
     * warm) on the 2-core VM; a cache keyed by size and mtime would be fooled by a same-size edit with its mtime
     * put back, and the bundled models folder is read-only.
     */
    @Command(name = "list", description = "Known encoders, which are installed (and intact), which is the default.")
    static final class ListModels implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;

        @Override
        public Integer call() {
            return run(() -> {
                ModelStore store = models.store();
                String def = store.manifest().defaultId();
                System.out.println("models directory: " + store.dir());
                List<ModelStore.Check> checks = store.check();
                for (ModelStore.Check c : checks) {
                    EncoderSpec s = c.spec();
                    String state = c.damaged() ? "DAMAGED" : c.installed() ? "installed" : "not installed";
                    System.out.printf("%-22s %-28s %5d-d %-10s %-13s %s%s%n", s.id(), s.file(), s.dimension(),
                            String.join("+", s.devices()), state,
                            s.id().equals(def) ? "(default) " : "", s.notes() == null ? "" : s.notes());
                }
                List<ModelStore.Check> damaged = checks.stream().filter(ModelStore.Check::damaged).toList();
                for (ModelStore.Check c : damaged) {
                    System.err.println(c.line() + " Reinstall it: affiche models install <dir-with-" + c.spec().file() + ">");
                }
                return damaged.isEmpty() ? AfficheCommand.OK : AfficheCommand.SOME_FAILED;
            });
        }
    }

    @Command(name = "install", description = "Copy model file(s) into the models directory after checking SHA-256.")
    static final class Install implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;

        @Parameters(paramLabel = "PATH_OR_DIR", description = "A model file, or a folder: every manifest file found there is installed.")
        Path source;

        @Option(names = "--id", paramLabel = "ID", description = "Which manifest entry the file is (when its name differs).")
        String id;

        @Override
        public Integer call() {
            return run(() -> {
                List<ModelStore.Installed> done = models.store().install(source, id);
                for (var i : done) System.out.println("installed " + i.spec().id() + " -> " + i.file() + " (SHA-256 ok)");
                return AfficheCommand.OK;
            });
        }
    }

    @Command(name = "default", description = "Show the default encoder, or make an installed one the default of the app and every command.")
    static final class Default implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "The encoder to use from now on (see: affiche models list).")
        String id;

        @Override
        public Integer call() {
            return run(() -> {
                ModelStore store = models.store();
                if (id == null) {
                    System.out.println("default encoder: " + store.manifest().defaultId());
                    return AfficheCommand.OK;
                }
                EncoderSpec spec = store.manifest().require(id);
                if (!store.isInstalled(spec)) {
                    System.err.println("Encoder " + id + " is not installed: affiche models install <dir-with-" + spec.file() + ">");
                    return AfficheCommand.SOME_FAILED;
                }
                ModelStore.checkSha(store.fileOf(spec), spec); // a damaged file would only fail at the next embed
                Manifest.saveDefault(store.dir(), id);
                System.out.println("default encoder: " + id + " (posters lacking its embedding: affiche embed; then affiche train)");
                return AfficheCommand.OK;
            });
        }
    }

    @Command(name = "verify", description = "Check every installed model file against the manifest's SHA-256.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;

        @Override
        public Integer call() {
            return run(() -> {
                List<ModelStore.Check> checks = models.store().check();
                checks.forEach(c -> System.out.println(c.line()));
                return checks.stream().anyMatch(ModelStore.Check::damaged) ? AfficheCommand.SOME_FAILED : AfficheCommand.OK;
            });
        }
    }
}
