package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "predict", description = "(being built)")
final class PredictCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO predict");
    }
}
