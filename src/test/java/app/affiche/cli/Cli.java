package app.affiche.cli;

import app.affiche.SharedData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real launcher (app.affiche.Main) in a child JVM with its own AFFICHE_HOME, as a user would. */
final class Cli {
    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    /** Starts the launcher with stdout discarded and stderr readable from the process. */
    static Process start(Path home, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(args)).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("AFFICHE_HOME", home.toString());
        pb.environment().remove("AFFICHE_CATALOGUE");
        return pb.start();
    }

    /**
     * As {@link #start(Path, String...)}, with JVM options before the main class (e.g. a -D setting) and stderr
     * written to a file (a pipe read while the process exits can lose its last bytes).
     */
    static Process start(Path home, List<String> jvmOptions, Path err, String... args) throws Exception {
        List<String> cmd = command(args);
        cmd.addAll(cmd.indexOf("app.affiche.Main"), jvmOptions);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        pb.environment().put("AFFICHE_HOME", home.toString());
        pb.environment().remove("AFFICHE_CATALOGUE");
        return pb.start();
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Daffiche.shared=" + SharedData.root(), "app.affiche.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Run run(Path home, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(args));
        pb.environment().put("AFFICHE_HOME", home.toString());
        pb.environment().remove("AFFICHE_CATALOGUE");
        Path out = home.resolveSibling(home.getFileName() + ".out");
        Path err = home.resolveSibling(home.getFileName() + ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("affiche " + String.join(" ", args) + " timed out");
        }
        return new Run(p.exitValue(), java.nio.file.Files.readString(out), java.nio.file.Files.readString(err));
    }
}
