package app.affiche;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where ../shared lives for tests; tests that need it skip with a clear message when it is absent. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("affiche.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static Path posters() {
        return require(root().resolve("data/posters"));
    }

    public static Path postersCsv() {
        return require(root().resolve("data/posters/posters.csv"));
    }

    public static Path oddJpegs() {
        return require(root().resolve("data/real-odd-jpegs"));
    }

    public static Path models() {
        return require(root().resolve("models"));
    }

    private static Path require(Path p) {
        Assumptions.assumeTrue(Files.exists(p), "shared data absent (" + p + "): skipping; see README 'Shared data'");
        return p;
    }
}
