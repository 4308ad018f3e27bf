package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "models", description = "(being built)")
final class ModelsCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO models");
    }
}
