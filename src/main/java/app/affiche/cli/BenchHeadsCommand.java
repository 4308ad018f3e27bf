package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "heads", description = "(being built)")
final class BenchHeadsCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO bench heads");
    }
}
