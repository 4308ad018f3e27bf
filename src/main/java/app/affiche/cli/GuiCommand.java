package app.affiche.cli;

import app.affiche.poster.AffichePaths;
import app.affiche.ui.AfficheApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Opens the workbench window; {@code affiche} with no command does the same. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the workbench window (what `affiche` alone does).")
final class GuiCommand implements Callable<Integer>, Runnable {
    @ParentCommand
    AfficheCommand parent;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Posters or folders to import once the window is open (what \"Open with Affiche\" passes).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (!displayAvailable()) {
            System.err.println("affiche: cannot open a window: no display (DISPLAY/WAYLAND_DISPLAY unset). "
                    + "The command line works without one: affiche --help");
            return AfficheCommand.SOME_FAILED;
        }
        AffichePaths paths = parent == null ? AffichePaths.fromEnvironment() : parent.paths();
        AfficheApp.launch(paths, files);
        return AfficheCommand.OK;
    }

    @Override
    public void run() {
        call();
    }

    private static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return true;
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) return true;
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
