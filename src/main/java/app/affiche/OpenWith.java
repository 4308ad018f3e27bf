package app.affiche;

import app.affiche.poster.FileNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The desktop's "Open with Affiche" (the installers' file associations) starts the launcher with nothing but
 * the files' paths: {@code affiche /path/poster.jpg}. Such a call means "open these in the workbench", so it
 * becomes {@code affiche gui /path/poster.jpg}. Anything else (a command, an option, a missing file) is left
 * as typed, for the command line to handle or to reject with its usual message.
 */
public final class OpenWith {
    private static final Set<String> POSTER_TYPES = Set.of("jpg", "jpeg", "png", "tif", "tiff", "webp");

    private OpenWith() {
    }

    public static String[] arguments(String... args) {
        if (args.length == 0 || !Stream.of(args).allMatch(OpenWith::isPosterFile)) return args;
        return Stream.concat(Stream.of("gui"), Stream.of(args)).toArray(String[]::new);
    }

    /** An existing file that is a poster image, or named by an absolute path (as file managers pass them). */
    private static boolean isPosterFile(String arg) {
        if (arg.startsWith("-")) return false;
        Path path;
        try {
            path = FileNames.locate(Path.of(arg)); // as every command finds a name its text lost a byte of
        } catch (RuntimeException notAPath) {
            return false;
        }
        if (!Files.isRegularFile(path)) return false;
        String name = path.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return path.isAbsolute() || POSTER_TYPES.contains(ext);
    }
}
