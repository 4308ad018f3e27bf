package app.affiche;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child JVM under {@code strace -f} and returns every connect/sendto/sendmsg/bind it made with an AF_INET or
 * AF_INET6 address: the proof that something opened no internet socket. Skips when strace cannot run here.
 */
public final class NetworkTrace {
    public record Result(int exit, String output, List<String> inetCalls) {
    }

    private NetworkTrace() {
    }

    public static void assumeAvailable(Path tmp) {
        boolean usable;
        try {
            Process p = new ProcessBuilder("strace", "-f", "-e", "trace=connect", "-o", tmp.resolve("probe.txt").toString(), "true")
                    .redirectErrorStream(true).start();
            usable = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            usable = false;
        }
        Assumptions.assumeTrue(usable, "strace unavailable or ptrace not permitted: skipping the no-network proof");
    }

    /** Runs {@code mainClass args} on this test class path in a traced child JVM with a clean DJL environment. */
    public static Result java(Path tmp, Map<String, String> env, String mainClass, String... args) throws Exception {
        Path log = Files.createTempFile(tmp, "strace", ".txt");
        List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,bind", "-o", log.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "-Daffiche.shared=" + SharedData.root(), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // No inherited offline switches or opt-outs: the code under test must switch DJL offline itself.
        pb.environment().remove("DJL_OFFLINE");
        pb.environment().remove("OPT_OUT_TRACKING");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS)) throw new AssertionError("traced child timed out");
        List<String> inet = Files.readAllLines(log).stream().filter(l -> l.contains("sa_family=AF_INET")).toList();
        return new Result(p.exitValue(), out, inet);
    }
}
