package app.affiche.ui.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A drop, as a request record: the files and folders the user let go. {@link #expand} walks folders recursively
 * (background thread: it is file I/O). Inside folders only image-looking names are taken; a file dropped by
 * itself is always tried, so a wrong one gets its reason in the failures list.
 */
public record DroppedFiles(List<Path> roots) {
    static final Set<String> IMAGE_SUFFIXES = Set.of("jpg", "jpeg", "png", "tif", "tiff", "webp", "bmp", "gif");

    public DroppedFiles {
        roots = List.copyOf(roots);
    }

    public List<Path> expand() {
        app.affiche.ui.common.FxGuard.requireBackground("walking dropped folders");
        List<Path> files = new ArrayList<>();
        for (Path dropped : roots) {
            // a name that is not valid UTF-8 reaches the drop with its bytes lost: find the file it means
            Path root = app.affiche.poster.FileNames.locate(dropped);
            if (!Files.isDirectory(root)) {
                files.add(root.toAbsolutePath());
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(DroppedFiles::looksLikeImage).sorted()
                        .forEach(p -> files.add(p.toAbsolutePath()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read folder " + root + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    static boolean looksLikeImage(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && IMAGE_SUFFIXES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
