package app.affiche.catalogue;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.Poster;
import app.affiche.poster.Decade;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

class CatalogueTest extends EngineCase {

    @Test
    void createsLatestSchemaFromNothingAndReopens() {
        try (Catalogue c = open()) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(18, c.genreVocabulary().size());
            c.addPoster(TestPosters.fake(1));
        }
        try (Catalogue c = open()) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(1, c.count(PosterFilter.ALL));
            assertEquals(18, c.genreVocabulary().size(), "seeding twice must not duplicate genres");
        }
        assertFalse(Files.exists(Migrations.backupPath(at("catalogue.db").sideFile(), Migrations.LATEST)));
    }

    @Test
    void backsUpAnOlderSchemaBeforeMigrating() throws Exception {
        sqliteOnly("migrating an older file");
        Path file = dir.resolve("catalogue.db");
        try (Catalogue v1 = Catalogue.open(file, 1)) {
            assertEquals(1, v1.schemaVersion());
        }
        OldCatalogues.insertPoster(file, TestPosters.fake(7));
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(1, c.count(PosterFilter.ALL));
        }
        Path backup = dir.resolve("catalogue.db.bak-v1");
        assertTrue(Files.isRegularFile(backup), "backup of the v1 catalogue");
        try (var conn = DriverManager.getConnection("jdbc:sqlite:" + backup);
             var rs = conn.createStatement().executeQuery("PRAGMA user_version")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the backup holds the schema as it was before migrating");
            try (var count = conn.createStatement().executeQuery("SELECT count(*) FROM posters")) {
                count.next();
                assertEquals(1, count.getInt(1));
            }
        }
    }

    @Test
    void version2LabelsSurviveTheThresholdColumnAndNewModelLabelsKeepTheirThresholds() throws Exception {
        sqliteOnly("migrating an older file");
        Path file = dir.resolve("catalogue.db");
        long id;
        try (Catalogue v2 = Catalogue.open(file, 2)) {
            assertEquals(2, v2.schemaVersion());
        }
        id = OldCatalogues.insertPoster(file, TestPosters.fake(3));
        try (var conn = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            conn.createStatement().execute("INSERT INTO labels(poster_id, genre, source, confidence, labelled_at) VALUES "
                    + "(" + id + ", 'Western', 'curator', NULL, 1), (" + id + ", 'Horror', 'model', 0.42, 1)");
        }
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            List<GenreLabel> before = c.labels(id);
            assertEquals(2, before.size(), before.toString());
            GenreLabel horror = before.stream().filter(l -> l.source() == LabelSource.MODEL).findFirst().orElseThrow();
            assertEquals(0.42, horror.confidence());
            assertNull(horror.threshold(), "a label stored before schema 3 has no threshold");
            assertEquals(Map.of(id, Set.of("Western")), c.confirmedGenres());

            c.setModelLabels(id, Map.of("thriller", 0.31, "Drama", 0.6), Map.of("thriller", 0.28));
            Map<String, GenreLabel> model = new java.util.TreeMap<>();
            for (GenreLabel l : c.labels(id)) if (l.source() == LabelSource.MODEL) model.put(l.genre(), l);
            assertEquals(Set.of("Drama", "Thriller"), model.keySet(), "canonical spelling, old model labels replaced");
            assertEquals(0.28, model.get("Thriller").threshold());
            assertEquals(0.31, model.get("Thriller").confidence());
            assertNull(model.get("Drama").threshold(), "no threshold given, none stored");
        }
        assertTrue(Files.isRegularFile(dir.resolve("catalogue.db.bak-v2")));
    }

    @Test
    void refusesACatalogueFromANewerAffiche() throws Exception {
        sqliteOnly("migrating an older file");
        Path file = dir.resolve("future.db");
        try (var conn = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            conn.createStatement().execute("PRAGMA user_version = 99");
        }
        CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.open(file));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        try (Catalogue c = open("other.db")) {
            assertNotNull(c.file(), "a failed open released its lock and nothing else is held");
        }
    }

    @Test
    void sameFileTwiceIsOnePosterAndARenamedCopyKeepsItsId() throws Exception {
        Path original = TestPosters.writeJpeg(dir.resolve("a/poster.jpg"), 1);
        Files.createDirectories(dir.resolve("b"));
        Path copy = Files.copy(original, dir.resolve("b/renamed.jpg"));
        try (Catalogue c = open()) {
            long id = c.addPoster(TestPosters.of(original));
            assertEquals(id, c.addPoster(TestPosters.of(original)));
            List<AddResult> again = c.addPosters(List.of(TestPosters.of(copy)));
            assertEquals(new AddResult(id, false), again.getFirst());
            assertEquals(1, c.count(PosterFilter.ALL));
            assertEquals(original.toAbsolutePath().normalize().toString(), c.poster(id).orElseThrow().path());
            assertEquals(id, c.posterIdByPath(copy.toString()).orElseThrow(), "the renamed copy's path is remembered");
        }
    }

    @Test
    void storesPosterFieldsThumbnailAndPalette() {
        try (Catalogue c = open()) {
            NewPoster p = TestPosters.fake(3);
            long id = c.addPoster(p);
            Poster stored = c.poster(id).orElseThrow();
            assertEquals(p.sha256(), stored.sha256());
            assertEquals(p.year(), stored.year());
            assertEquals(new Decade(1950), stored.decade());
            assertArrayEquals(p.thumbnailJpeg(), c.thumbnail(id).orElseThrow());
            Palette palette = c.palette(id).orElseThrow();
            assertEquals(p.palette(), palette);
            assertTrue(palette.greys().getFirst().nearGrey());
            assertEquals(List.of(id), c.posterIdsByShaPrefix(p.sha256().substring(0, 8)));
        }
    }

    @Test
    void labelsKeepTheirSourceAndModelNeverOverwritesConfirmed() {
        try (Catalogue c = open()) {
            long id = c.addPoster(TestPosters.fake(1));
            c.setConfirmedLabels(id, Set.of("drama", "Crime"), LabelSource.CURATOR);
            c.setModelLabels(id, Map.of("Drama", 0.9, "Horror", 0.35));
            List<GenreLabel> labels = c.labels(id);
            assertEquals(4, labels.size());
            assertTrue(labels.stream().anyMatch(l -> l.genre().equals("Drama") && l.source() == LabelSource.CURATOR
                    && l.confidence() == null), "canonical spelling, no confidence for curator labels");
            assertEquals(0.35, labels.stream().filter(l -> l.genre().equals("Horror")).findFirst().orElseThrow()
                    .confidence());
            assertEquals(Map.of(id, Set.of("Crime", "Drama")), c.confirmedGenres(), "model labels are not confirmed");

            c.setModelLabels(id, Map.of("Western", 0.5));
            assertEquals(Set.of("Crime", "Drama"), c.confirmedGenres().get(id), "new model labels leave curator ones");
            assertEquals(1, c.labels(id).stream().filter(l -> l.source() == LabelSource.MODEL).count());

            c.setConfirmedLabels(id, Set.of("Comedy"), LabelSource.IMPORT);
            assertEquals(Set.of("Crime", "Drama"), c.confirmedGenres().get(id), "import never overrides a curator");
            c.setConfirmedLabels(id, Set.of("Comedy"), LabelSource.CURATOR);
            assertEquals(Set.of("Comedy"), c.confirmedGenres().get(id));
            assertEquals(1, c.count(new PosterFilter("comedy", null, null, null, 10, 0)));
            assertEquals(0, c.count(new PosterFilter("Western", null, null, null, 10, 0)), "genre filter = confirmed");
            assertEquals(0, c.count(new PosterFilter(null, null, true, null, 10, 0)));
        }
    }

    @Test
    void unknownGenreIsAClearErrorUntilAdded() {
        try (Catalogue c = open()) {
            long id = c.addPoster(TestPosters.fake(1));
            UnknownGenreException e = assertThrows(UnknownGenreException.class,
                    () -> c.setConfirmedLabels(id, Set.of("Drama", "Film Noir"), LabelSource.CURATOR));
            assertTrue(e.getMessage().contains("Film Noir"), e.getMessage());
            assertTrue(c.labels(id).isEmpty(), "nothing half-applied");
            c.addGenre("Film Noir");
            c.setConfirmedLabels(id, Set.of("film noir"), LabelSource.CURATOR);
            assertEquals(Set.of("Film Noir"), c.confirmedGenres().get(id));
            assertEquals("Film Noir", c.genreVocabulary().getLast());
            assertThrows(CatalogueException.class, () -> c.setConfirmedLabels(999, Set.of("Drama"), LabelSource.CURATOR));
        }
    }

    @Test
    void embeddingsRoundTripBitExactAndFailuresAreRecorded() {
        try (Catalogue c = open()) {
            long a = c.addPoster(TestPosters.fake(1));
            long b = c.addPoster(TestPosters.fake(2));
            float[] v = new float[512];
            Random random = new Random(5);
            for (int i = 0; i < v.length; i++) v[i] = Float.intBitsToFloat(random.nextInt());
            v[0] = -0.0f;
            v[1] = Float.MIN_VALUE;
            c.putEmbedding(a, "clip-b32", v);
            float[] back = c.embedding(a, "clip-b32").orElseThrow();
            for (int i = 0; i < v.length; i++) {
                assertEquals(Float.floatToRawIntBits(v[i]), Float.floatToRawIntBits(back[i]), "float " + i);
            }
            assertEquals(Set.of(a), c.embeddings("clip-b32").keySet());
            assertEquals(Map.of(b, c.poster(b).orElseThrow().path()), c.postersWithoutEmbedding("clip-b32"));
            c.markEmbeddingFailed(b, "clip-b32", "image unreadable");
            assertEquals(Map.of(), c.postersWithoutEmbedding("clip-b32"));
            assertEquals(Map.of(b, "image unreadable"), c.embeddingFailures("clip-b32"));
            assertEquals(List.of(a, b), List.copyOf(c.postersWithoutEmbedding("other-encoder").keySet()));
        }
    }

    @Test
    void putEmbeddingsStoresAGroupInOneTransactionAllOrNone() {
        try (Catalogue c = open()) {
            long a = c.addPoster(TestPosters.fake(1));
            long b = c.addPoster(TestPosters.fake(2));
            c.markEmbeddingFailed(b, "enc", "was unreadable");
            Map<Long, float[]> group = new java.util.LinkedHashMap<>();
            group.put(a, new float[]{1f, -2f, 3.5f});
            group.put(b, new float[]{0.25f, 0f, -0f});
            c.putEmbeddings("enc", group);
            assertEquals(Set.of(a, b), c.embeddings("enc").keySet());
            assertEquals(-2f, c.embedding(a, "enc").orElseThrow()[1]);
            assertEquals(Map.of(), c.embeddingFailures("enc"), "a stored vector clears the earlier failure");
            // A group with a poster that does not exist (foreign key) stores nothing, not even the good vector.
            long d = c.addPoster(TestPosters.fake(3));
            Map<Long, float[]> bad = new java.util.LinkedHashMap<>();
            bad.put(d, new float[]{1f});
            bad.put(999_999L, new float[]{2f});
            assertThrows(CatalogueException.class, () -> c.putEmbeddings("enc", bad));
            assertTrue(c.embedding(d, "enc").isEmpty());
            c.putEmbeddings("enc", Map.of());
            assertEquals(2, c.embeddings("enc").size(), "an empty group changes nothing");
        }
    }

    @Test
    void headsRoundTripWithProvenance() {
        try (Catalogue c = open()) {
            assertTrue(c.loadHeads("enc").isEmpty());
            c.saveHeads("enc", new byte[]{9, 8, 7}, "{\"posters\":12}");
            c.saveHeads("enc", new byte[]{1, 2}, "{\"posters\":13}");
            assertArrayEquals(new byte[]{1, 2}, c.loadHeads("enc").orElseThrow());
            assertEquals("{\"posters\":13}", c.headsProvenance("enc").orElseThrow());
        }
    }

    @Test
    void filtersByDecadeAndTitle() {
        try (Catalogue c = open()) {
            for (int i = 0; i < 20; i++) c.addPoster(TestPosters.fake(i)); // years 1950..1969
            assertEquals(10, c.count(new PosterFilter(null, new Decade(1960), null, null, 100, 0)));
            assertEquals(List.of("Poster 12"), c.posters(new PosterFilter(null, null, null, "ster 12", 100, 0))
                    .stream().map(Poster::title).toList());
            assertEquals(5, c.posters(new PosterFilter(null, null, null, null, 5, 15)).size());
        }
    }

    @Test
    void concurrentWritersAndReadersShareOneCatalogue() throws Exception {
        try (Catalogue c = open(); ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int base = t * 50;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        long id = c.addPoster(TestPosters.fake(base + i));
                        c.setConfirmedLabels(id, Set.of("Drama"), LabelSource.CURATOR);
                        c.count(PosterFilter.ALL);
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
            assertEquals(200, c.count(PosterFilter.ALL));
            assertEquals(200, c.confirmedGenres().size());
        }
    }
}
