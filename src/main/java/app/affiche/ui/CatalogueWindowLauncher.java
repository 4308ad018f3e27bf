package app.affiche.ui;

import app.affiche.poster.CatalogueLocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens another catalogue in a window of its own: the same Affiche started again with {@code --catalogue}. A
 * process of its own keeps each catalogue's lock, connection and background work apart (as two windows started
 * from a terminal are). Starting it is I/O: never call this on the JavaFX thread.
 */
final class CatalogueWindowLauncher {
    private CatalogueWindowLauncher() {
    }

    static void launch(CatalogueLocation location) throws IOException {
        new ProcessBuilder(command(location)).inheritIO().start();
    }

    /** This JVM's java and class path (a jar, a checkout or a jpackage image's app folder), then the launcher. */
    static List<String> command(CatalogueLocation location) {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        if (java.endsWith("java") || java.endsWith("java.exe")) {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("app.affiche.Main");
        }
        cmd.add("--catalogue");
        cmd.add(location.postgresql() ? location.toString() : location.sideFile().toString());
        return cmd;
    }
}
