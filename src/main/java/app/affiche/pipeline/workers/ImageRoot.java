package app.affiche.pipeline.workers;

import java.nio.file.Path;

/**
 * The shared image folder as this machine mounts it ({@code --image-root DIR}, else {@code AFFICHE_IMAGE_ROOT}).
 * A poster imported under the root is stored by its path relative to it, so every machine finds the same file at
 * its own mount; absolute stored paths are used as they are. Identity stays the SHA-256, which a worker checks.
 */
public record ImageRoot(Path root) {
    public static final String ENV = "AFFICHE_IMAGE_ROOT";
    public static final ImageRoot NONE = new ImageRoot(null);

    public ImageRoot {
        if (root != null) root = root.toAbsolutePath().normalize();
    }

    /** The option if given, else the environment variable, else none. */
    public static ImageRoot of(Path option) {
        if (option != null) return new ImageRoot(option);
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? NONE : new ImageRoot(Path.of(env));
    }

    /** Where this machine finds a stored path. */
    public Path resolve(String stored) {
        Path p = Path.of(stored);
        return root == null || p.isAbsolute() ? p : root.resolve(p);
    }

    /** How to store a file's path: relative to the root ('/' separated, the same on every OS) when under it. */
    public String store(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (root == null || !abs.startsWith(root) || abs.equals(root)) return file.toString();
        return root.relativize(abs).toString().replace('\\', '/');
    }
}
