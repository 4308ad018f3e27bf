package app.affiche.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class FileWalkerTest {
    @TempDir
    Path dir;

    private final List<String> files = new ArrayList<>();
    private final Map<String, String> failures = new TreeMap<>();

    private void walk(Path... inputs) {
        FileWalker.walk(List.of(inputs), new FileWalker.Sink() {
            @Override
            public void file(Path file) {
                files.add(dir.relativize(file).toString());
            }

            @Override
            public void failed(Path path, String reason) {
                failures.put(dir.relativize(path).toString(), reason);
            }
        }, () -> false);
    }

    @Test
    void takesImagesInFoldersReportsImpostorsAndSurvivesLinkLoops() throws Exception {
        Path posters = Files.createDirectories(dir.resolve("posters/sub"));
        Files.write(dir.resolve("posters/a.jpg"), new byte[]{1});
        Files.write(dir.resolve("posters/sub/b.TIFF"), new byte[]{1});
        Files.write(dir.resolve("posters/.hidden.png"), new byte[]{1});
        Files.writeString(dir.resolve("posters/notes.txt"), "ignored");
        Files.createDirectories(dir.resolve("posters/folder.jpg"));
        Files.write(dir.resolve("posters/folder.jpg/inside.webp"), new byte[]{1});
        Files.createSymbolicLink(posters.resolve("loop"), dir.resolve("posters"));
        Files.createSymbolicLink(dir.resolve("posters/broken.jpg"), dir.resolve("nowhere.jpg"));
        Files.write(dir.resolve("explicit.dat"), new byte[]{1});

        walk(dir.resolve("posters"), dir.resolve("explicit.dat"), dir.resolve("missing.jpg"));

        assertEquals(List.of("posters/.hidden.png", "posters/a.jpg", "posters/folder.jpg/inside.webp",
                "posters/sub/b.TIFF", "explicit.dat"), files.stream().sorted((x, y) -> x.startsWith("posters")
                == y.startsWith("posters") ? x.compareTo(y) : x.startsWith("posters") ? -1 : 1).toList());
        assertEquals(4, failures.size(), failures.toString());
        assertTrue(failures.get("posters/sub/loop").contains("symbolic link loop"));
        assertTrue(failures.get("posters/folder.jpg").contains("is a folder"));
        assertEquals("broken symbolic link", failures.get("posters/broken.jpg"));
        assertEquals("no such file or folder", failures.get("missing.jpg"));
    }
}
