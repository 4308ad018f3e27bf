package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The catalogue file's safety through the real command line: its lock whatever its name, hard links. */
class CatalogueSafetyTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("catalogue.db");
    }

    private long onePoster() throws Exception {
        try (Catalogue c = Catalogue.open(db())) {
            return c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/a.jpg"), 1)));
        }
    }

    @Test
    void aSymbolicLinkToTheCatalogueMeetsItsLock() throws Exception {
        long id = onePoster();
        Path fileLink = Files.createSymbolicLink(dir.resolve("link.db"), db());
        Path folderLink = Files.createSymbolicLink(dir.resolve("linked-folder"), dir);
        try (Catalogue held = Catalogue.open(db())) {
            for (Path name : new Path[]{fileLink, folderLink.resolve("catalogue.db")}) {
                Cli.Run run = Cli.run(dir.resolve("home"), "--catalogue", name.toString(), "label", Long.toString(id),
                        "--genres", "Drama");
                assertEquals(1, run.exit(), run.err());
                assertTrue(run.err().contains("is open in another Affiche process (pid "
                        + ProcessHandle.current().pid() + ")"), run.err());
            }
            assertEquals(Map.of(), held.confirmedGenres(), "no label written behind the lock");
        }
    }

    @Test
    void aHardLinkedCatalogueIsRefusedUnderEitherName() throws Exception {
        onePoster();
        Path other = Files.createLink(dir.resolve("other-name.db"), db());
        for (Path name : new Path[]{db(), other}) {
            CliRun run = CliRun.of("--catalogue", name.toString(), "list");
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("catalogue " + name + " has 2 names on disk (hard links"), run.err());
        }
        Files.delete(other);
        assertEquals(0, CliRun.of("--catalogue", db().toString(), "list").exitCode(), "one name again: usable");
    }

    /** The path a "Backed up … to PATH" line names. */
    private static Path backedUpTo(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        return Path.of(run.out().strip().substring(run.out().strip().lastIndexOf(" to ") + 4));
    }

    /** Overwrites the one page of the posters_by_year index (a page `list` never reads) with garbage. */
    private void damageAnIndexPage() throws Exception {
        int page;
        int pageSize;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db());
             java.sql.Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'posters_by_year'");
            page = rs.getInt(1);
            pageSize = s.executeQuery("PRAGMA page_size").getInt(1);
        }
        assertFalse(Files.exists(dir.resolve("catalogue.db-wal")), "the WAL was checkpointed at close");
        try (var f = java.nio.channels.FileChannel.open(db(), java.nio.file.StandardOpenOption.WRITE)) {
            byte[] garbage = new byte[pageSize];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            f.write(java.nio.ByteBuffer.wrap(garbage), (long) (page - 1) * pageSize);
        }
    }

    @Test
    void aDamagedCatalogueIsRefusedWithTheBackupToRestoreAndRestoreBringsItBack() throws Exception {
        long id = onePoster();
        try (Catalogue c = Catalogue.open(db())) {
            c.setConfirmedLabels(id, java.util.Set.of("Drama"), app.affiche.poster.LabelSource.CURATOR);
        }
        Path backup = backedUpTo(CliRun.of("--catalogue", db().toString(), "backup"));
        assertTrue(backup.getFileName().toString().matches("catalogue\\.db\\.bak-\\d{4}-\\d\\d-\\d\\d-\\d{6}"), backup.toString());
        damageAnIndexPage();

        CliRun list = CliRun.of("--catalogue", db().toString(), "list");
        assertEquals(1, list.exitCode(), list.out());
        assertTrue(list.err().contains("catalogue " + db() + " is damaged: SQLite's quick check found: "), list.err());
        assertTrue(list.err().contains("Nothing was changed. Restore the newest backup with `affiche restore " + backup
                + "`"), list.err());
        CliRun doctor = CliRun.of("--catalogue", db().toString(), "doctor");
        assertEquals(1, doctor.exitCode(), doctor.out());
        assertTrue(doctor.out().contains("Integrity: catalogue " + db() + " is damaged: SQLite's integrity check found: "),
                doctor.out());
        assertEquals(1, CliRun.of("--catalogue", db().toString(), "backup").exitCode(), "a damaged file is not backed up");

        CliRun restore = CliRun.of("--catalogue", db().toString(), "restore", backup.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        Path kept = Path.of(restore.out().strip().substring(restore.out().strip().lastIndexOf(" kept as ") + 9));
        assertTrue(kept.getFileName().toString().endsWith("-replaced") && Files.size(kept) == Files.size(db()), kept.toString());
        assertEquals(0, CliRun.of("--catalogue", db().toString(), "doctor").exitCode());
        try (Catalogue c = Catalogue.open(db())) {
            assertEquals(Map.of(id, java.util.Set.of("Drama")), c.confirmedGenres());
        }
    }

    @Test
    void aZeroByteCatalogueIsRefusedNotReusedAsANewOne() throws Exception {
        Files.createFile(db());
        CliRun list = CliRun.of("--catalogue", db().toString(), "list");
        assertEquals(1, list.exitCode());
        assertTrue(list.err().contains("catalogue " + db() + " is damaged: the file is empty (0 bytes). Nothing was changed. "
                + "No backup of it was found"), list.err());
        assertEquals(0, Files.size(db()), "left as it was");
        assertEquals(1, CliRun.of("--catalogue", db().toString(), "doctor").exitCode());
    }

    @Test
    void backupRunsBesideAnOpenCatalogueAndRestoreWaitsForItToClose() throws Exception {
        onePoster();
        Path named = dir.resolve("copies/mine.db");
        Files.createDirectories(named.getParent());
        try (Catalogue held = Catalogue.open(db())) {
            assertEquals(named, backedUpTo(CliRun.of("--catalogue", db().toString(), "backup", named.toString())));
            CliRun again = CliRun.of("--catalogue", db().toString(), "backup", named.toString());
            assertEquals(1, again.exitCode());
            assertTrue(again.err().contains("backup " + named + " already exists"), again.err());
            Cli.Run restore = Cli.run(dir.resolve("home"), "--catalogue", db().toString(), "restore", named.toString());
            assertEquals(1, restore.exit(), restore.err());
            assertTrue(restore.err().contains("is open in another Affiche process"), restore.err());
            assertEquals(1, held.count(app.affiche.catalogue.PosterFilter.ALL), "the open catalogue is untouched");
        }
        assertTrue(CatalogueSafetyTest.listedBackups(dir).isEmpty(), "a refused restore keeps no copy");
    }

    private static java.util.List<Path> listedBackups(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".bak-")).toList();
        }
    }
}
