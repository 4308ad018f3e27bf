package app.affiche.ui.workbench;

import app.affiche.pipeline.FileWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A drop walks folders by the command line's rules (pipeline.FileWalker), on real files and folders. */
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

        FileWalker.Walk walk = new DroppedFiles(List.of(asDropped)).expand();

        // found as the file it names (its real bytes), never "no such file": taken, or refused as `import` refuses it
        if (walk.files().isEmpty()) {
            String reason = walk.failures().get(real.toAbsolutePath());
            assertTrue(reason != null && reason.startsWith("file name is not valid"), walk.failures().toString());
        } else {
            assertEquals(List.of(real.toAbsolutePath()), walk.files());
            assertTrue(Files.isRegularFile(walk.files().getFirst()), "the path keeps the real bytes, so the file opens");
        }
    }

    @Test
    void aFolderIsWalkedAsImportWalksIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(in.resolve("b.jfif"), "x");
        Files.writeString(in.resolve("a.JPE"), "x");
        Files.writeString(in.resolve("c.jpg"), "x");
        Files.writeString(in.resolve("notes.txt"), "ignored");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.png"), "x");
        Files.createSymbolicLink(in.resolve("link"), elsewhere);
        Files.createSymbolicLink(elsewhere.resolve("loop"), in); // a bad subfolder: reported, the drop goes on
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("inside.jpg"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean unreadable = !Files.isReadable(locked); // root reads it anyway
            FileWalker.Walk walk = new DroppedFiles(List.of(in)).expand();

            List<Path> expected = new java.util.ArrayList<>(List.of(in.resolve("a.JPE"), in.resolve("b.jfif"),
                    in.resolve("c.jpg"), in.resolve("link/linked.png")));
            if (!unreadable) expected.add(in.resolve("locked/inside.jpg"));
            assertEquals(expected.stream().map(Path::toAbsolutePath).sorted().toList(), walk.files());
            assertTrue(walk.failures().get(in.resolve("link/loop").toAbsolutePath()).startsWith("symbolic link loop"),
                    walk.failures().toString());
            assertEquals(unreadable, "permission denied".equals(walk.failures().get(locked.toAbsolutePath())),
                    walk.failures().toString());
            assertEquals(unreadable ? 2 : 1, walk.failures().size(), walk.failures().toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aDroppedFileIsTriedWhateverItsNameAndAMissingOneSaysSo() throws Exception {
        Path odd = Files.writeString(dir.resolve("scan.dat"), "x");
        FileWalker.Walk walk = new DroppedFiles(List.of(odd, dir.resolve("gone.jpg"))).expand();
        assertEquals(List.of(odd.toAbsolutePath()), walk.files());
        assertEquals("no such file or folder", walk.failures().get(dir.resolve("gone.jpg").toAbsolutePath()));
        assertFalse(walk.failures().containsKey(odd.toAbsolutePath()));
    }
}
