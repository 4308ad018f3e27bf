package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "train", description = "(being built)")
final class TrainCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO train");
    }
}
