package app.affiche.cli;

import picocli.CommandLine.Command;

@Command(name = "doctor", description = "(being built)")
final class DoctorCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("TODO doctor");
    }
}
