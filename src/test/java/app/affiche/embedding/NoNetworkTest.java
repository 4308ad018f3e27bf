package app.affiche.embedding;

import app.affiche.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves that loading the encoder (DJL engine start included) and embedding make no network connection: a child
 * JVM runs a real embed under {@code strace -f}, and every connect/sendto/sendmsg/bind with an AF_INET or AF_INET6
 * address fails the test. A control child that does open a socket proves the detector sees connections.
 */
class NoNetworkTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsStrace() throws Exception {
        boolean usable;
        try {
            Process p = new ProcessBuilder("strace", "-f", "-e", "trace=connect", "-o", tmp.resolve("probe.txt").toString(), "true")
                    .redirectErrorStream(true).start();
            usable = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            usable = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(usable, "strace unavailable or ptrace not permitted: skipping the no-network proof");
    }

    @Test
    void embeddingOpensNoInternetSocket() throws Exception {
        List<Path> posters = TestImages.sharedPosters(2);
        Trace t = traceChild(EmbedOnceMain.class.getName(), SharedData.models().toString(),
                posters.get(0).toString(), posters.get(1).toString());
        assertEquals(0, t.exit, t.output);
        assertTrue(t.output.contains("embedded 2 x 1280"), t.output);
        assertTrue(t.inetCalls.isEmpty(), "network calls: " + t.inetCalls);
    }

    @Test
    void theDetectorSeesAConnectionAttempt() throws Exception {
        Trace t = traceChild(EmbedOnceMain.class.getName(), "--connect", "169.254.169.254", "80");
        assertFalse(t.inetCalls.isEmpty(), "a deliberate connect must be seen: " + t.output);
        assertTrue(t.inetCalls.getFirst().contains("169.254.169.254"), t.inetCalls.toString());
    }

    private record Trace(int exit, String output, List<String> inetCalls) {
    }

    private static Trace traceChild(String mainClass, String... args) throws Exception {
        Path log = Files.createTempFile(tmp, "strace", ".txt");
        List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,bind", "-o", log.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "-Daffiche.shared=" + SharedData.root(), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // The child starts with a clean slate: no inherited offline switches, no opt-out variables.
        pb.environment().remove("DJL_OFFLINE");
        pb.environment().remove("OPT_OUT_TRACKING");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child timed out");
        List<String> inet = Files.readAllLines(log).stream().filter(l -> l.contains("sa_family=AF_INET")).toList();
        return new Trace(p.exitValue(), out, inet);
    }
}
