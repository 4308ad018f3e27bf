package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "eval", description = "(being built)")
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO eval");
    }
}
