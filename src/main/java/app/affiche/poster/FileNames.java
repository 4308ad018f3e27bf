package app.affiche.poster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File names the platform file-name encoding cannot represent (e.g. Latin-1 bytes under UTF-8). Java turns such
 * bytes into U+FFFD whenever it makes text of a name (a command-line argument, {@code Path.toString()}), so the
 * file cannot be found again from its name as text; a Path listed from its folder still holds the real bytes.
 */
public final class FileNames {
    /** What a byte the encoding could not decode becomes in Java text. */
    public static final char LOST = '\uFFFD';

    private FileNames() {
    }

    /** True when the file can be reopened from {@code file.toString()} (so a stored path, or a java.io.File, finds it). */
    public static boolean roundTrips(Path file) {
        try {
            return Path.of(file.toString()).equals(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The file a path typed by the user means. When it names nothing and carries U+FFFD, each lost name (the
     * file's, and its folders' the same way) is the one entry of its folder that reads the same; that entry's Path
     * keeps the real bytes, so the file opens. Otherwise (no such entry, or two that read the same) the path as given.
     */
    public static Path locate(Path given) {
        if (given.toString().indexOf(LOST) < 0 || Files.exists(given, LinkOption.NOFOLLOW_LINKS)) return given;
        Path name = given.getFileName();
        if (name == null) return given;
        Path folder = given.getParent() == null ? null : locate(given.getParent());
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder == null ? Path.of(".") : folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(name.toString())) matches.add(entry.getFileName());
            }
        } catch (IOException | RuntimeException e) {
            return given; // the folder cannot be listed: whatever opens the path reports why
        }
        if (matches.size() != 1) return given;
        return folder == null ? matches.getFirst() : folder.resolve(matches.getFirst());
    }
}
