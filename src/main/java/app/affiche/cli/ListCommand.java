package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "list", description = "(being built)")
final class ListCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO list");
    }
}
