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
        QUIET_JAVAFX.setLevel(java.util.logging.Level.SEVERE); // its class-path "unsupported configuration" warning is noise here
        try {
            AfficheApp.launch(paths, files);
        } catch (RuntimeException | LinkageError e) {
            // the toolkit failed to start (no GTK 3, no display...): one plain line, not its 40-line trace
            System.err.println(toolkitFailure(e));
            return AfficheCommand.SOME_FAILED;
        }
        return AfficheCommand.OK;
    }

    /** What to tell the user when JavaFX cannot start: its own reason, and what a Linux machine needs. */
    static String toolkitFailure(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return "affiche: cannot open a window: " + reason
                + (linux ? " — the window needs GTK 3 and a display; on Debian/Ubuntu: sudo apt-get install " + LINUX_PACKAGES : "")
                + ". The command line works without it: affiche --help";
    }

    /** Held, so the level set on it is not lost with a collected logger. */
    private static final java.util.logging.Logger QUIET_JAVAFX = java.util.logging.Logger.getLogger("javafx");

    /** What JavaFX needs on a bare Debian/Ubuntu (the same list as .ci/run and README › Set up). */
    static final String LINUX_PACKAGES = "libgtk-3-0 libgl1 libxtst6 fontconfig libfreetype6 fonts-dejavu-core";

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
