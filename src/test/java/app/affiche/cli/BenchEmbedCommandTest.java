package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `affiche bench embed`: peak RSS, the 24-MP scan step by step against its target, and the Python peer or why not. */
class BenchEmbedCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsPeakRssTheScanBreakdownAndSaysWhyThePeerDidNotRun() throws Exception {
        Cli.Run r = Cli.run(tmp.resolve("home"), "bench", "embed", "--models", SharedData.models().toString(),
                "--posters", SharedData.posters().resolve("images").toString(), "--limit", "6", "--rounds", "1",
                "--python", tmp.resolve("no-such-python").toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.matches("(?s).*peak RSS of this process while embedding \\(heap, ONNX Runtime, libraries\\): \\d+ MiB.*"), out);
        // the scan step by step, the old route (a decode per stage) beside the one-decode route, each against its target
        assertTrue(out.matches("(?s).*before \\(decode per stage\\).*decode \\+ palette \\+ embed: \\d+ ms wall \\(all steps: \\d+ ms process CPU; target <= 150 ms, ratio \\d+\\.\\d\\d\\).*"), out);
        assertTrue(out.matches("(?s).*now \\(one decode\\).*decode \\+ palette \\+ embed: \\d+ ms wall \\(all steps: \\d+ ms process CPU; target <= 150 ms, ratio \\d+\\.\\d\\d\\).*"), out);
        assertTrue(out.contains("python peer: skipped, cannot run " + tmp.resolve("no-such-python")), out);
    }

    @Test
    void thePeerEmbedsTheSamePostersAndReportsTimeAndPeakRss() throws Exception {
        Process probe = new ProcessBuilder("python3", "-c", "import onnxruntime, PIL, numpy").redirectErrorStream(true).start();
        Assumptions.assumeTrue(probe.waitFor() == 0, "python3 with onnxruntime, Pillow and numpy is not installed: peer not tested");
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32-style");
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedData.posters().resolve("images"))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(4).toList();
        }
        PythonPeer.Figures f = PythonPeer.run("python3", Path.of("src/bench/python-peer.py"), spec,
                SharedData.models().resolve(spec.file()), files, 6, 1, tmp);
        assertNull(f.skipped(), f.skipped());
        assertEquals(4, f.posters());
        assertTrue(f.seconds() > 0 && f.peakRssMib() > 50, f.toString());
    }
}
