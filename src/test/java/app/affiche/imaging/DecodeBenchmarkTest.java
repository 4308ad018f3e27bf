package app.affiche.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark runs end to end on small synthetic scans (the figures themselves belong to `affiche bench`). */
class DecodeBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void measuresEachFileAndCleansUp() throws Exception {
        AtomicInteger after = new AtomicInteger();
        List<DecodeBenchmark.Figure> figures = DecodeBenchmark.run(dir, 0.05, 1, img -> after.incrementAndGet());
        assertEquals(4, figures.size());
        assertEquals(3, after.get(), "the step after decoding ran for each subsampled read");
        DecodeBenchmark.Figure jpeg = figures.getFirst();
        assertEquals(300, jpeg.width());
        assertEquals(300, jpeg.decodedWidth(), "300 px asked for 512: read whole");
        assertTrue(figures.stream().allMatch(f -> f.decodeMs() > 0 && f.fileBytes() > 0));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "work files deleted");
        }
    }
}
