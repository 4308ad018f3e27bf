package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "embed", description = "(being built)")
final class EmbedCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO embed");
    }
}
