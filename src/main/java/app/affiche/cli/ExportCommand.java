package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "export", description = "(being built)")
final class ExportCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO export");
    }
}
