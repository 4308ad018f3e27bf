package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "tag", description = "(being built)")
final class TagCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO tag");
    }
}
