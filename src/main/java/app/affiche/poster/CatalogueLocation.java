package app.affiche.poster;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the catalogue lives: a SQLite file (the default, one user) or a PostgreSQL database named by a {@code
 * postgresql://user@host:5432/db} URL (a team). A URL never carries a password: Affiche refuses one there, and the
 * driver takes it from {@code ~/.pgpass} or {@code PGPASSWORD}, so {@link #toString()} (messages, the window title,
 * logs) never holds a credential. For PostgreSQL {@link #sideFile()} is a per-user stand-in path under the Affiche
 * directory, keyed by user, host, port and database, for what lives beside a catalogue file (the similar-poster
 * index, settings folders).
 */
public final class CatalogueLocation {
    public static final int DEFAULT_PORT = 5432;
    private final Path file;
    private final String user;
    private final String host;
    private final int port;
    private final String database;

    private CatalogueLocation(Path file, String user, String host, int port, String database) {
        this.file = file;
        this.user = user;
        this.host = host;
        this.port = port;
        this.database = database;
    }

    public static CatalogueLocation file(Path file) {
        return new CatalogueLocation(file.toAbsolutePath(), null, null, 0, null);
    }

    /** True for text that names a PostgreSQL catalogue rather than a file. */
    public static boolean isUrl(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /**
     * A path or a {@code postgresql://} URL, as given to {@code --catalogue}, {@code AFFICHE_CATALOGUE} or the
     * window's Open catalogue…; {@code home} is the per-user Affiche directory (for the side folder).
     * IllegalArgumentException with a plain message (never repeating a password) for a URL Affiche cannot use.
     */
    public static CatalogueLocation parse(String text, Path home) {
        if (!isUrl(text)) return file(Path.of(text));
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable catalogue URL (expected postgresql://user@host:5432/db): "
                    + redact(text));
        }
        String info = uri.getRawUserInfo();
        if (info != null && info.contains(":")) {
            throw new IllegalArgumentException("the catalogue URL " + redact(text) + " holds a password: Affiche never "
                    + "takes one there (it would sit in shell history and process lists). Leave it out and put it in "
                    + "~/.pgpass (host:port:database:user:password, chmod 600) or PGPASSWORD");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the catalogue URL " + redact(text) + " has options (?…): use "
                    + "postgresql://user@host:5432/db; the driver reads other settings from ~/.pgpass and the environment");
        }
        String host = uri.getHost() == null ? null : uri.getHost().replaceAll("^\\[|]$", ""); // IPv6: [::1]
        String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (host == null || host.isBlank() || db.isBlank() || db.contains("/")) {
            throw new IllegalArgumentException("not a usable catalogue URL " + redact(text)
                    + ": expected postgresql://user@host:5432/db (host and database are needed)");
        }
        String user = info == null || info.isBlank() ? System.getProperty("user.name") : decode(info);
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        Path side = home.resolve("team-catalogues")
                .resolve((user + "@" + host + "-" + port + "-" + db).replaceAll("[^A-Za-z0-9@._-]", "_"))
                .resolve("catalogue.db");
        return new CatalogueLocation(side.toAbsolutePath(), user, host, port, db);
    }

    /** The URL with anything between "//" and "@" that holds a ':' blanked, for messages about a refused URL. */
    static String redact(String text) {
        return text.strip().replaceFirst("//[^/@]*:[^/@]*@", "//***@");
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean postgresql() {
        return host != null;
    }

    /** The SQLite file; for PostgreSQL the per-user stand-in beside which side folders go (see the class comment). */
    public Path sideFile() {
        return file;
    }

    public String user() {
        return user;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** The driver's URL (PostgreSQL only); the user and password go as connection properties. */
    public String jdbcUrl() {
        if (!postgresql()) throw new IllegalStateException("not a PostgreSQL catalogue: " + this);
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The file's path, or {@code postgresql://user@host:port/db}: never a password (none is ever held here). */
    @Override
    public String toString() {
        return postgresql() ? "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
                + "/" + database : file.toString();
    }

    /** A short name for the window title: the file name, or {@code db on host}. */
    public String shortName() {
        return postgresql() ? database + " on " + host : String.valueOf(file.getFileName());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogueLocation l && toString().equals(l.toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toString());
    }
}
