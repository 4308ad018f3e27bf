package app.affiche.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a catalogue file is intact, and what to say when it is not. SQLite's quick check reads every page
 * (0.35–0.5 s for a 7,122-poster catalogue of 177 MB on a 2-core VM), so opening runs it when that is cheap:
 * files up to {@link #QUICK_CHECK_MAX_BYTES}, and at any size after an unclean end (a WAL left by a killed process
 * or a power cut, when damage happens). {@code affiche doctor} runs the full integrity check at any size.
 */
public final class CatalogueHealth {
    static final long QUICK_CHECK_MAX_BYTES = 64L << 20;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final int PROBLEM_LINES = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private CatalogueHealth() {
    }

    /**
     * The full integrity check of a catalogue file, read-only and without the lock (for {@code affiche doctor}):
     * empty when it is intact or does not exist, else the plain "damaged" message with how to restore.
     */
    public static Optional<String> fullCheck(Path catalogue) {
        Path file = CatalogueFile.realPath(catalogue);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            refuseEmpty(file);
            try (Connection c = CatalogueFile.readOnly(file)) {
                requireIntact(c, file, true);
            }
            return Optional.empty();
        } catch (SQLException e) {
            if (!isDamage(e)) throw new CatalogueException("cannot check catalogue " + file + ": " + e.getMessage(), e);
            return Optional.of(damaged(file, e.getMessage()).getMessage());
        } catch (CatalogueException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Refuses an existing zero-byte file: SQLite would silently treat it as a new, empty catalogue. */
    static void refuseEmpty(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) throw damaged(file, "the file is empty (0 bytes)");
        } catch (IOException e) {
            throw new CatalogueException("cannot read catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when opening should run the quick check (see the class comment); call before connecting. */
    static boolean quickCheckDue(Path file) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            boolean unclean = Files.isRegularFile(wal) && Files.size(wal) > 0;
            return unclean || !Files.exists(file) || Files.size(file) <= QUICK_CHECK_MAX_BYTES;
        } catch (IOException e) {
            return true;
        }
    }

    /** Throws the "damaged" message when the check (quick or full) finds a problem. */
    static void requireIntact(Connection c, Path file, boolean full) throws SQLException {
        Optional<String> problem = problem(c, full);
        if (problem.isPresent()) throw damaged(file, "SQLite's " + (full ? "integrity" : "quick") + " check found: "
                + problem.get());
    }

    /** What the check found, or empty when it says ok. */
    static Optional<String> problem(Connection c, boolean full) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement();
             var rs = s.executeQuery(full ? "PRAGMA integrity_check(" + PROBLEM_LINES + ")" : "PRAGMA quick_check(" + PROBLEM_LINES + ")")) {
            while (rs.next()) lines.add(rs.getString(1));
        } catch (SQLException e) {
            if (!isDamage(e)) throw e;
            lines.add(e.getMessage());
        }
        return lines.equals(List.of("ok")) ? Optional.empty() : Optional.of(String.join("; ", lines));
    }

    /** SQLite's own word that the file is damaged or not a database at all. */
    static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    }

    /** The plain "damaged" message: what is wrong, that nothing was changed, and how to restore. */
    static CatalogueException damaged(Path file, String what) {
        return new CatalogueException("catalogue " + file + " is damaged: " + what + ". Nothing was changed. "
                + restoreAdvice(file));
    }

    static String restoreAdvice(Path file) {
        List<Path> backups = backups(file);
        if (backups.isEmpty()) {
            return "No backup of it was found beside it (" + file.getFileName() + ".bak-…); if you keep one elsewhere, "
                    + "restore it with `affiche restore FILE`, or move the damaged file away to start a new catalogue";
        }
        StringBuilder s = new StringBuilder("Restore the newest backup with `affiche restore " + backups.getFirst()
                + "` (the damaged file is kept beside it). Backups found: ");
        for (int i = 0; i < backups.size(); i++) {
            if (i > 0) s.append(", ");
            s.append(backups.get(i).getFileName()).append(" (").append(modified(backups.get(i))).append(')');
        }
        return s.toString();
    }

    /**
     * Backups beside the catalogue (before-migration {@code .bak-vN} and dated ones), newest first; not the
     * {@code -replaced} copies a restore keeps, which may be the damaged file itself.
     */
    static List<Path> backups(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = file.getFileName() + ".bak-";
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && !n.endsWith("-wal") && !n.endsWith("-shm") && !n.endsWith(".part")
                        && !n.endsWith("-replaced")
                        && Files.isRegularFile(p);
            }).sorted(Comparator.comparing(CatalogueHealth::modifiedInstant).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Instant modifiedInstant(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static String modified(Path p) {
        return WHEN.format(modifiedInstant(p));
    }
}
