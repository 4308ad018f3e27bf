package app.affiche.cli;

import app.affiche.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `affiche bench preview` through the real command line: before and after side by side, the ratio, the target. */
class BenchPreviewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheHeatmapBeforeAndAfterWithTheRatioAndTheTarget() throws Exception {
        Path poster = SharedData.posters().resolve("images/tt0006206.jpg");
        Cli.Run r = Cli.run(tmp.resolve("home"), "bench", "preview", "--grid", "3", "--encoder", "mobilenetv2-fp32-style",
                "--model", SharedData.models().resolve("mobilenetv2-12-fp32.onnx").toString(), poster.toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.matches("(?s).*heatmap before: every view +median +\\d+ ms +\\(30\\.0 inferences a poster\\).*"), out);
        assertTrue(out.matches("(?s).*heatmap: the views a cell sees +median +\\d+ ms +\\(\\d+\\.0 inferences a poster\\) +\\d+\\.\\d\\d x faster.*"), out);
        assertTrue(out.matches("(?s).*heatmap now: 2 copies side by side +median +\\d+ ms +\\(\\d+\\.\\d\\d x the one-by-one\\).*"), out);
        assertTrue(out.contains("another target of the same draft"), out);
        assertTrue(out.matches("(?s).*target: heatmap <= 1000 ms after the preview: (met|not met).*"), out);
    }
}
