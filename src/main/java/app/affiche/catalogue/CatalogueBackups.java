package app.affiche.catalogue;

import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Copies of the catalogue made with SQLite's online backup, so a copy is consistent even while Affiche writes.
 * A backup takes no lock (it can run beside an open workbench); a restore takes the catalogue's lock, checks the
 * backup first, keeps a copy of the file it replaces, and moves the restored file into place in one rename.
 */
public final class CatalogueBackups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);

    /** @param kept the copy of the catalogue the restore replaced, or null when there was none */
    public record Restored(Path catalogue, Path from, Path kept) {
    }

    private CatalogueBackups() {
    }

    /** The default name of a dated backup: {@code catalogue.db.bak-2026-12-03-163205}, beside the catalogue. */
    public static Path datedName(Path catalogue) {
        Path file = CatalogueFile.realPath(catalogue);
        return file.resolveSibling(file.getFileName() + ".bak-" + STAMP.format(LocalDateTime.now()));
    }

    /** Backs the catalogue up to {@code target} (which must not exist yet); refuses a damaged catalogue. */
    public static Path backup(Path catalogue, Path target) {
        Path file = existing(catalogue);
        Path out = target.toAbsolutePath().normalize();
        if (Files.exists(out)) throw new CatalogueException("backup " + out + " already exists: choose another name");
        try (Connection c = CatalogueFile.readOnly(file)) {
            CatalogueHealth.requireIntact(c, file, false);
            copy(c, out);
            return out;
        } catch (SQLException e) {
            throw failed("backing up " + file, file, e);
        }
    }

    /** Replaces the catalogue with a checked copy of {@code from}; refused while another process holds the catalogue. */
    public static Restored restore(Path catalogue, Path from) {
        Path file = CatalogueFile.realPath(catalogue);
        Path source = existing(from);
        if (source.equals(file)) throw new CatalogueException(from + " is the catalogue itself: name a backup of it");
        CatalogueFile.refuseHardLinks(file, catalogue);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new CatalogueException("cannot create folder for catalogue " + file + ": " + e.getMessage(), e);
        }
        try (CatalogueLock ignored = CatalogueLock.acquire(file)) {
            Path incoming = file.resolveSibling(file.getFileName() + ".restoring");
            try (Connection c = CatalogueFile.readOnly(source)) {
                requireCatalogue(c, source);
                copy(c, incoming);
            } catch (SQLException e) {
                throw failed("reading backup " + source, source, e);
            }
            Path kept = Files.exists(file) ? keep(file) : null;
            try {
                Files.move(incoming, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new CatalogueException("cannot put the restored catalogue in place at " + file + ": "
                        + e.getMessage() + (kept == null ? "" : "; the previous one is kept as " + kept), e);
            }
            return new Restored(file, source, kept);
        }
    }

    private static Path existing(Path name) {
        Path file = CatalogueFile.realPath(name);
        if (!Files.isRegularFile(file)) throw new CatalogueException("no catalogue file at " + name);
        CatalogueHealth.refuseEmpty(file);
        return file;
    }

    /** A backup must be an intact catalogue this Affiche can open. */
    private static void requireCatalogue(Connection c, Path source) throws SQLException {
        CatalogueHealth.requireIntact(c, source, true);
        int version = Migrations.version(c);
        if (version < 1) throw new CatalogueException(source + " is not an Affiche catalogue (no catalogue schema in it)");
        if (version > Migrations.LATEST) {
            throw new CatalogueException(source + " has schema version " + version + ", newer than this Affiche "
                    + "understands (" + Migrations.LATEST + "): please update Affiche before restoring it");
        }
    }

    /** SQLite's online backup of {@code c} into a temporary file, then one rename to {@code target}. */
    private static void copy(Connection c, Path target) throws SQLException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(part);
            ((SQLiteConnection) c).getDatabase().backup("main", part.toString(), null);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CatalogueException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the copy's own outcome is what matters
            }
        }
    }

    /**
     * Keeps the catalogue about to be replaced (maybe damaged, so copied as bytes) as a dated {@code .bak-…-replaced},
     * its WAL moved beside that copy: the pair opens as the old catalogue, and the WAL cannot meet the new file.
     */
    private static Path keep(Path file) {
        Path kept = file.resolveSibling(file.getFileName() + ".bak-" + STAMP.format(LocalDateTime.now()) + "-replaced");
        try {
            Files.copy(file, kept);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.exists(wal)) Files.move(wal, kept.resolveSibling(kept.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
            return kept;
        } catch (IOException e) {
            throw new CatalogueException("cannot keep a copy of " + file + " before restoring (" + e.getMessage()
                    + "): nothing was changed", e);
        }
    }

    private static CatalogueException failed(String what, Path file, SQLException e) {
        if (CatalogueHealth.isDamage(e)) return CatalogueHealth.damaged(file, e.getMessage());
        return new CatalogueException(what + " failed: " + e.getMessage(), e);
    }
}
