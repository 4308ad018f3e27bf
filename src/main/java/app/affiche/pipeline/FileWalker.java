package app.affiche.pipeline;

import app.affiche.poster.FileNames;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Turns the user's inputs into image files. Files named explicitly are always tried (the decoder recognises the
 * format by content). Inside folders (walked recursively, following symbolic links) only files with an image
 * extension are taken; other files are ignored silently, hidden ones included. Anything that looks like an image
 * but cannot be one (a folder named x.jpg, a broken link, a symlink loop, an unreadable folder) is reported as a
 * failure, and the walk goes on. The command line's import and the workbench's drops both walk with it.
 */
public final class FileWalker {
    static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "jfif", "png", "tif", "tiff", "webp",
            "bmp", "gif");

    interface Sink {
        void file(Path file);

        void failed(Path path, String reason);
    }

    private FileWalker() {
    }

    /** What a walk found: the files to try, in the order met, and what could not be one, with the reason. */
    public record Walk(List<Path> files, Map<Path, String> failures) {
        public Walk {
            files = List.copyOf(files);
            failures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failures));
        }
    }

    /** Walks the inputs as {@link #walk} does and collects the outcome (a drop's files are queued all at once). */
    public static Walk collect(List<Path> inputs, BooleanSupplier cancelled) {
        List<Path> files = new java.util.ArrayList<>();
        Map<Path, String> failures = new java.util.LinkedHashMap<>();
        walk(inputs, new Sink() {
            @Override
            public void file(Path file) {
                files.add(file);
            }

            @Override
            public void failed(Path path, String reason) {
                failures.put(path, reason);
            }
        }, cancelled);
        return new Walk(files, failures);
    }

    static boolean hasImageExtension(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot >= 0 && IMAGE_EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void offer(Path file, Sink sink) {
        if (FileNames.roundTrips(file)) { // a stored path that does not reopen the file is no use
            sink.file(file);
        } else {
            sink.failed(file, "file name is not valid in the file-name encoding (" + System.getProperty(
                    "sun.jnu.encoding") + "), so it cannot be reopened by name; rename the file");
        }
    }

    static void walk(List<Path> inputs, Sink sink, BooleanSupplier cancelled) {
        for (Path input : inputs) {
            if (cancelled.getAsBoolean()) return;
            if (Files.isDirectory(input)) {
                walkFolder(input, sink, cancelled);
            } else if (Files.isRegularFile(input)) {
                offer(input, sink);
            } else if (Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                sink.failed(input, Files.isSymbolicLink(input) ? "broken symbolic link" : "not a regular file");
            } else {
                sink.failed(input, "no such file or folder");
            }
        }
    }

    private static void walkFolder(Path root, Sink sink, BooleanSupplier cancelled) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (cancelled.getAsBoolean()) return FileVisitResult.TERMINATE;
                            if (!dir.equals(root) && hasImageExtension(dir)) {
                                sink.failed(dir, "is a folder, not an image file (its contents are still imported)");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (cancelled.getAsBoolean()) return FileVisitResult.TERMINATE;
                            if (!hasImageExtension(file)) return FileVisitResult.CONTINUE;
                            if (attrs.isRegularFile()) offer(file, sink);
                            else if (attrs.isSymbolicLink()) sink.failed(file, "broken symbolic link");
                            else sink.failed(file, "not a regular file");
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            sink.failed(file, reason(e));
                            return cancelled.getAsBoolean() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            sink.failed(root, "cannot walk folder: " + e.getMessage());
        }
    }

    static String reason(IOException e) {
        return switch (e) {
            case FileSystemLoopException l -> "symbolic link loop (points back to a folder being walked); skipped";
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "vanished or broken link";
            default -> e.getClass().getSimpleName() + ": " + e.getMessage();
        };
    }
}
