package app.affiche.poster;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user directory holding catalogue, models and settings. {@code AFFICHE_HOME} moves all of it
 * (tests and scripts rely on that); {@code AFFICHE_CATALOGUE} moves the catalogue alone.
 */
public record AffichePaths(Path home, Path catalogue) {

    public static AffichePaths fromEnvironment() {
        return from(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static AffichePaths from(Map<String, String> env, String osName, Path userHome) {
        Path home = env.containsKey("AFFICHE_HOME") ? Path.of(env.get("AFFICHE_HOME")) : defaultHome(env, osName, userHome);
        Path catalogue = env.containsKey("AFFICHE_CATALOGUE") ? Path.of(env.get("AFFICHE_CATALOGUE"))
                : home.resolve("catalogue.db");
        return new AffichePaths(home.toAbsolutePath(), catalogue.toAbsolutePath());
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

    public Path models() {
        return home.resolve("models");
    }

    public Path settings() {
        return home.resolve("settings.properties");
    }
}
