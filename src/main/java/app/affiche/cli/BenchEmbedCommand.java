package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "embed", description = "(being built)")
final class BenchEmbedCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO bench embed");
    }
}
