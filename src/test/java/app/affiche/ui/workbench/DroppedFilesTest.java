package app.affiche.ui.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DroppedFilesTest {
    @TempDir
    Path dir;

    /** A drop hands over names as text: a name that is not UTF-8 arrives with U+FFFD for its odd byte. */
    @Test
    void aDroppedFileWhoseNameIsNotUtf8IsTheFileItself() throws Exception {
        Files.writeString(dir.resolve("good.png"), "x");
        Process cp = new ProcessBuilder("sh", "-c", "cp good.png \"$(printf 'caf\\351.png')\"").directory(dir.toFile())
                .inheritIO().start();
        assertTrue(cp.waitFor(10, TimeUnit.SECONDS) && cp.exitValue() == 0);
        Path real;
        try (var entries = Files.list(dir)) {
            real = entries.filter(p -> p.getFileName().toString().startsWith("caf")).findFirst().orElseThrow();
        }
        Path asDropped = dir.resolve("caf\uFFFD.png");

        List<Path> files = new DroppedFiles(List.of(asDropped)).expand();

        assertEquals(List.of(real.toAbsolutePath()), files);
        assertTrue(Files.isRegularFile(files.getFirst()), "the path keeps the real bytes, so the file opens");
    }
}
