package app.affiche;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void missingFilesAndFoldersAreLeftForTheCommandLineToReject() throws IOException {
        String missing = dir.resolve("gone.jpg").toString();
        String folder = Files.createDirectory(dir.resolve("scans")).toString();
        assertArrayEquals(new String[]{missing}, OpenWith.arguments(missing));
        assertArrayEquals(new String[]{folder}, OpenWith.arguments(folder));
    }
}
