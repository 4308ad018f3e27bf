package app.affiche;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** What the launcher does with the arguments a desktop's "Open with Affiche" passes. */
class OpenWithTest {
    @TempDir
    Path dir;

    @Test
    void posterPathsOpenTheWorkbench() throws IOException {
        String a = Files.createFile(dir.resolve("a.jpg")).toString();
        String b = Files.createFile(dir.resolve("b scan.TIFF")).toString();
        assertArrayEquals(new String[]{"gui", a, b}, OpenWith.arguments(a, b));
    }

    @Test
    void commandsOptionsAndNothingStayAsTyped() throws IOException {
        String poster = Files.createFile(dir.resolve("p.png")).toString();
        assertArrayEquals(new String[]{"palette", poster}, OpenWith.arguments("palette", poster));
        assertArrayEquals(new String[]{"--help"}, OpenWith.arguments("--help"));
        assertArrayEquals(new String[]{}, OpenWith.arguments());
    }

    /** A name with a Latin-1 byte reaches Java as U+FFFD: still a poster to open (the workbench says why it cannot import it). */
    @Test
    void aPosterWhoseNameIsNotUtf8OpensTheWorkbench() throws Exception {
        Process cp = new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'caf\\351.jpg')\"").directory(dir.toFile()).start();
        Assumptions.assumeTrue(cp.waitFor(10, TimeUnit.SECONDS) && cp.exitValue() == 0
                && "UTF-8".equals(System.getProperty("sun.jnu.encoding")), "needs a shell and UTF-8 file names");
        String typed = dir + "/caf\uFFFD.jpg";
        assertArrayEquals(new String[]{"gui", typed}, OpenWith.arguments(typed));
    }

    @Test
    void missingFilesAndFoldersAreLeftForTheCommandLineToReject() throws IOException {
        String missing = dir.resolve("gone.jpg").toString();
        String folder = Files.createDirectory(dir.resolve("scans")).toString();
        assertArrayEquals(new String[]{missing}, OpenWith.arguments(missing));
        assertArrayEquals(new String[]{folder}, OpenWith.arguments(folder));
    }
}
