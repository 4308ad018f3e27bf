package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "label", description = "(being built)")
final class LabelCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO label");
    }
}
