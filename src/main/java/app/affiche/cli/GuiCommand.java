package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "gui", description = "(being built)")
final class GuiCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO gui");
    }
}
