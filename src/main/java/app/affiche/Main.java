package app.affiche;

import app.affiche.cli.AfficheCommand;
import app.affiche.embedding.Offline;

/**
 * Launcher. Deliberately not a javafx.application.Application, so the plain jar runs on the class path and
 * the command line never starts the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Offline.enforce();
        System.exit(AfficheCommand.run(OpenWith.arguments(args)));
    }
}
