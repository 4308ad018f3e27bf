package app.affiche.catalogue;

import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Row versions: a curator's stale write is refused with who changed it and the labels now; undo is one's own only. */
class PosterVersionsTest {
    @TempDir
    Path tmp;

    private static final CuratorEdit ANNA = new CuratorEdit("anna@shop1", Map.of());
    private static final CuratorEdit BEN = new CuratorEdit("ben@shop2", Map.of());

    @Test
    void anOlderCatalogueMigratesAndEveryWriteMovesTheVersion() throws Exception {
        Path db = tmp.resolve("c.db");
        long id;
        try (Catalogue v8 = Catalogue.open(db, 8)) {
            assertEquals(8, v8.schemaVersion());
        }
        id = OldCatalogues.insertPoster(db, TestPosters.fake(1));
        OldCatalogues.insertLabel(db, id, "Drama", "curator");
        try (Catalogue c = Catalogue.open(db)) {
            assertTrue(Files.exists(Migrations.backupPath(db, 8)));
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(0, c.posterVersion(id).orElseThrow());
            assertEquals(Set.of("Drama"), c.confirmedGenres().get(id), "the old labels came through the migration");
            c.setConfirmedLabels(id, Set.of("Crime"), LabelSource.CURATOR);
            assertEquals(1, c.posterVersion(id).orElseThrow());
            c.replaceTitleAndYear(id, "Touchez pas au grisbi", 1954);
            c.setFieldValues(id, Map.of());
            assertEquals(3, c.posterVersion(id).orElseThrow());
            assertEquals(Set.of("Crime"), c.confirmedGenres().get(id));
        }
    }

    @Test
    void theSecondOfTwoEditsFromOneVersionIsToldAndSeesTheOther() {
        try (Catalogue c = Catalogue.open(tmp.resolve("c.db"))) {
            long id = c.addPoster(TestPosters.fake(2));
            long seen = c.posterVersion(id).orElseThrow(); // both curators load the poster
            Map<Long, Long> after = c.setCuratorGenres(Map.of(id, Set.of("Western")), BEN.seeing(Map.of(id, seen)));
            assertEquals(seen + 1, after.get(id));

            StaleEditException e = assertThrows(StaleEditException.class,
                    () -> c.setCuratorGenres(Map.of(id, Set.of("Comedy")), ANNA.seeing(Map.of(id, seen))));
            assertEquals("ben@shop2", e.changedBy());
            assertEquals(seen + 1, e.version());
            assertTrue(e.getMessage().startsWith("poster " + id + " was changed by ben@shop2 at "), e.getMessage());
            assertTrue(e.getMessage().contains("its genres are now Western"), e.getMessage());
            assertEquals(Set.of("Western"), genres(e));
            assertEquals(Set.of("Western"), c.confirmedGenres().get(id), "nothing of the refused edit was stored");

            // having seen Ben's change, Anna's next edit goes through
            c.setCuratorGenres(Map.of(id, Set.of("Western", "Comedy")), ANNA.seeing(Map.of(id, e.version())));
            assertEquals(Set.of("Comedy", "Western"), new TreeSet<>(c.confirmedGenres().get(id)));
            assertThrows(StaleEditException.class, () -> c.replaceTitleAndYear(id, "Rio Bravo", 1959,
                    BEN.seeing(Map.of(id, seen + 1))), "title and year are checked too");
        }
    }

    @Test
    void undoIsRefusedOnceAnotherCuratorChangedThePoster() throws Exception {
        Path db = tmp.resolve("c.db");
        try (Catalogue c = Catalogue.open(db)) {
            long id = c.addPoster(TestPosters.fake(3));
            long seen = c.posterVersion(id).orElseThrow();
            long annaWrote = c.setCuratorGenres(Map.of(id, Set.of("Horror")), ANNA.seeing(Map.of(id, seen))).get(id);
            // Anna's undo right away: the poster is as her edit left it
            long undone = c.restoreConfirmed(Map.of(id, Set.of()), Map.of(id, LabelSource.CURATOR),
                    ANNA.seeing(Map.of(id, annaWrote))).get(id);
            long again = c.setCuratorGenres(Map.of(id, Set.of("Horror")), ANNA.seeing(Map.of(id, undone))).get(id);
            c.setCuratorGenres(Map.of(id, Set.of("Horror", "Thriller")), BEN.seeing(Map.of(id, again)));

            assertThrows(StaleEditException.class, () -> c.restoreConfirmed(Map.of(id, Set.of()),
                    Map.of(id, LabelSource.CURATOR), ANNA.seeing(Map.of(id, again))));
            assertEquals(Set.of("Horror", "Thriller"), new TreeSet<>(c.confirmedGenres().get(id)), "Ben's edit stays");
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = raw.createStatement().executeQuery("SELECT DISTINCT curator FROM labels WHERE source = 'curator'")) {
            assertTrue(rs.next());
            assertEquals("ben@shop2", rs.getString(1), "each curator label names who set it");
        }
    }

    private static Set<String> genres(StaleEditException e) {
        Set<String> out = new TreeSet<>();
        e.currentLabels().stream().filter(l -> l.source().confirmed()).forEach(l -> out.add(l.genre()));
        return out;
    }
}
