package app.affiche.embedding;

import app.affiche.NetworkTrace;
import app.affiche.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading the encoder (DJL engine start included) and embedding open no internet socket: a child JVM runs a real
 * embed under strace and any AF_INET/AF_INET6 connect, sendto, sendmsg or bind fails the test. Without
 * Offline.enforce() in the encoder factory this test fails (DJL calls 169.254.169.254); a control child that
 * does open a socket proves the detector sees connections.
 */
class NoNetworkTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsStrace() {
        NetworkTrace.assumeAvailable(tmp);
    }

    @Test
    void embeddingOpensNoInternetSocket() throws Exception {
        List<Path> posters = TestImages.sharedPosters(2);
        var t = NetworkTrace.java(tmp, Map.of(), EmbedOnceMain.class.getName(), SharedData.models().toString(),
                posters.get(0).toString(), posters.get(1).toString());
        assertEquals(0, t.exit(), t.output());
        assertTrue(t.output().contains("embedded 2 x 1280"), t.output());
        assertTrue(t.inetCalls().isEmpty(), "network calls: " + t.inetCalls());
    }

    @Test
    void theDetectorSeesAConnectionAttempt() throws Exception {
        var t = NetworkTrace.java(tmp, Map.of(), EmbedOnceMain.class.getName(), "--connect", "169.254.169.254", "80");
        assertFalse(t.inetCalls().isEmpty(), "a deliberate connect must be seen: " + t.output());
        assertTrue(t.inetCalls().getFirst().contains("169.254.169.254"), t.inetCalls().toString());
    }
}
