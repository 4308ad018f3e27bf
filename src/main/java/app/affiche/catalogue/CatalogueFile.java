package app.affiche.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The catalogue file's identity on disk. The lock and SQLite must see one file whatever name it is opened by: a
 * symbolic link resolves to its target, and a hard-linked file is refused, because SQLite names its journal after
 * the name it was opened by, so two names mean two journals for one database (a documented corruption risk).
 */
final class CatalogueFile {
    private static final int MAX_LINKS_FOLLOWED = 40;

    private CatalogueFile() {
    }

    /** The real path of {@code file}, also when it does not exist yet or is a link to a file still to be created. */
    static Path realPath(Path file) {
        Path p = file.toAbsolutePath().normalize();
        try {
            for (int i = 0; i < MAX_LINKS_FOLLOWED && Files.isSymbolicLink(p); i++) {
                p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
            }
            if (Files.exists(p)) return p.toRealPath();
            Path parent = p.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(p.getFileName()) : p;
        } catch (IOException e) {
            throw new CatalogueException("cannot resolve catalogue path " + file + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a catalogue file that has other names (hard links); {@code name} is the path the user gave. */
    static void refuseHardLinks(Path real, Path name) {
        int links;
        try {
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return;
            links = ((Number) Files.getAttribute(real, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return; // no link count on this file system (e.g. Windows): nothing to check
        }
        if (links > 1) {
            throw new CatalogueException("catalogue " + name + " has " + links + " names on disk (hard links, e.g. made "
                    + "with ln): SQLite cannot keep a database with several names safe. Delete the other name(s), "
                    + "or make a real copy with `affiche backup`, and open one name only");
        }
    }

    /** A read-only connection that takes no lock and creates nothing (doctor, backup, checking a backup). */
    static Connection readOnly(Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        return new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, props);
    }
}
