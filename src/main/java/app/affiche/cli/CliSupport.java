package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CatalogueException;
import app.affiche.catalogue.UnknownGenreException;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Shared by the catalogue commands: error-to-exit-code mapping, JSON output, opening the catalogue. */
final class CliSupport {
    static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private CliSupport() {
    }

    static Catalogue open(AfficheCommand root) {
        return Catalogue.open(root.paths().location());
    }

    /** For commands that only read (list, export, predict): no lock, so they work while the window is open. */
    static Catalogue openToRead(AfficheCommand root) {
        return Catalogue.openReadOnly(root.paths().location());
    }

    /** Backup and restore copy a SQLite file; a team catalogue is backed up by its server (usage error otherwise). */
    static void requireFile(AfficheCommand root, String command) {
        var location = root.paths().location();
        if (location.postgresql()) {
            throw new IllegalArgumentException(command + " copies a catalogue file; " + location + " is a team catalogue "
                    + "on PostgreSQL: back it up on its server (pg_dump / pg_restore)");
        }
    }

    /**
     * Runs a command body, turning expected failures into a message on stderr and an exit code:
     * bad arguments and unknown genres are usage errors (2), catalogue trouble (e.g. locked) is a failure (1).
     */
    static int guarded(CommandSpec spec, Callable<Integer> body) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.call();
        } catch (CommandLine.ParameterException e) {
            throw e; // picocli prints it with the usage, exit 2
        } catch (UnknownGenreException | IllegalArgumentException e) {
            err.println("affiche " + spec.name() + ": " + e.getMessage());
            return AfficheCommand.USAGE;
        } catch (CatalogueException e) {
            err.println("affiche " + spec.name() + ": " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        } catch (Exception e) {
            err.println("affiche " + spec.name() + ": " + e);
            return AfficheCommand.SOME_FAILED;
        } finally {
            err.flush();
            spec.commandLine().getOut().flush();
        }
    }

    static void printJson(CommandSpec spec, Object value) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(JSON.toJson(value));
        out.flush();
    }
}
