package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "import", description = "(being built)")
final class BenchImportCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO bench import");
    }
}
