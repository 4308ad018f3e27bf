package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A team catalogue is opened by several users at once: no lock, one migration, each sees what the others saved. */
class PgSharedCatalogueTest {
    @TempDir
    Path dir;

    @Test
    void usersOpeningANewCatalogueTogetherMigrateItOnceAndSeeEachOthersWork() throws Exception {
        CatalogueLocation at = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), dir);
        int users = 4;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<Catalogue>> opening = new ArrayList<>();
        for (int i = 0; i < users; i++) opening.add(pool.submit(() -> Catalogue.open(at)));
        List<Catalogue> open = new ArrayList<>();
        try {
            for (Future<Catalogue> f : opening) open.add(f.get(60, TimeUnit.SECONDS));
            List<Future<Long>> writes = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                Catalogue c = open.get(i);
                int seed = 500 + i;
                writes.add(pool.submit(() -> {
                    long id = c.addPoster(TestPosters.fake(seed));
                    c.setConfirmedLabels(id, Set.of("Drama"), LabelSource.CURATOR);
                    return id;
                }));
            }
            for (Future<Long> w : writes) w.get(60, TimeUnit.SECONDS);
            for (Catalogue c : open) {
                assertEquals(users, c.count(PosterFilter.ALL), "every user's poster, seen by each");
                assertEquals(users, c.curatorConfirmed().size());
                assertEquals(18, c.genreVocabulary().size(), "genres seeded once");
                assertFalse(c.readOnly());
            }
        } finally {
            for (Catalogue c : open) c.close();
            pool.shutdownNow();
        }
        try (var conn = PgTestServer.shared().connect(at.database());
             var rs = conn.createStatement().executeQuery("SELECT count(*) FROM " + SchemaHistory.TABLE)) {
            rs.next();
            assertEquals(Migrations.LATEST, rs.getInt(1), "each version applied once");
        }
    }
}
