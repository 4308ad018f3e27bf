package app.affiche.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `affiche gui` in a child JVM where the window toolkit cannot start (a display that does not exist): one plain
 * line naming the reason and the packages a Linux machine needs, no stack trace.
 */
class GuiStartFailureTest {
    @TempDir
    Path dir;

    @Test
    void aToolkitThatCannotStartIsOnePlainLine() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "app.affiche.Main", "gui");
        pb.environment().put("AFFICHE_HOME", dir.toString());
        pb.environment().put("DISPLAY", ":97"); // no X server there
        pb.environment().remove("WAYLAND_DISPLAY");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher gave up");
        List<String> lines = Files.readAllLines(err).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(1, p.exitValue(), String.join("\n", lines));
        assertEquals(1, lines.size(), "one line, no trace: " + String.join("\n", lines));
        assertTrue(lines.getFirst().startsWith("affiche: cannot open a window: "), lines.getFirst());
        assertTrue(lines.getFirst().contains("apt-get install libgtk-3-0"), lines.getFirst());
    }
}
