package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "palette", description = "(being built)")
final class PaletteCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO palette");
    }
}
