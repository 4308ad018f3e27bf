package app.affiche.poster;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user directory holding catalogue, models and settings. {@code AFFICHE_HOME} moves all of it
 * (tests and scripts rely on that); {@code AFFICHE_CATALOGUE} moves the catalogue alone (a file, or a {@code
 * postgresql://} URL: {@link CatalogueLocation}).
 */
public record AffichePaths(Path home, CatalogueLocation location) {

    /** A SQLite catalogue file. */
    public AffichePaths(Path home, Path catalogue) {
        this(home, CatalogueLocation.file(catalogue));
    }

    public static AffichePaths fromEnvironment() {
        return from(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static AffichePaths from(Map<String, String> env, String osName, Path userHome) {
        Path home = env.containsKey("AFFICHE_HOME") ? Path.of(env.get("AFFICHE_HOME")) : defaultHome(env, osName, userHome);
        Path abs = home.toAbsolutePath();
        String given = env.get("AFFICHE_CATALOGUE");
        return new AffichePaths(abs, given != null && !given.isBlank() ? CatalogueLocation.parse(given, abs)
                : CatalogueLocation.file(abs.resolve("catalogue.db")));
    }

    private static Path defaultHome(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.containsKey("APPDATA")) return Path.of(env.get("APPDATA"), "Affiche");
        if (os.contains("mac")) return userHome.resolve("Library/Application Support/Affiche");
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share")).resolve("affiche");
    }

    public AffichePaths withCatalogue(Path file) {
        return new AffichePaths(home, file.toAbsolutePath());
    }

    public AffichePaths withCatalogue(CatalogueLocation location) {
        return new AffichePaths(home, location);
    }

    /**
     * The catalogue file; for a PostgreSQL catalogue the per-user stand-in path beside which side folders go (see
     * {@link CatalogueLocation#sideFile()}). Open the catalogue itself by {@link #location()}.
     */
    public Path catalogue() {
        return location.sideFile();
    }

    public Path models() {
        return home.resolve("models");
    }

    public Path settings() {
        return home.resolve("settings.properties");
    }
}
