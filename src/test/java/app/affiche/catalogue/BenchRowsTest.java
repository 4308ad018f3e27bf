package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import app.affiche.poster.Poster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bench's bulk path stores what the import stores: the same rows loaded into SQLite (through addPosters and
 * putEmbeddings) and into a real PostgreSQL database (binary COPY) read back the same through the catalogue.
 */
class BenchRowsTest {
    @TempDir
    Path dir;

    @Test
    void copyIntoPostgresqlReadsBackAsTheImportPathOnSqlite() {
        List<BenchRows.Row> rows = rows(40);
        CatalogueLocation pg = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), dir);
        try (Catalogue sqlite = Catalogue.open(dir.resolve("catalogue.db")); Catalogue postgres = Catalogue.open(pg)) {
            List<Long> sqliteIds = BenchRows.load(sqlite, "enc", rows);
            List<Long> pgIds = BenchRows.load(postgres, "enc", rows);
            assertEquals(sqliteIds, pgIds);
            for (long id : pgIds) {
                assertEquals(fields(sqlite.poster(id).orElseThrow()), fields(postgres.poster(id).orElseThrow()), "poster " + id);
                assertEquals(sqlite.palette(id), postgres.palette(id), "palette of " + id);
                assertEquals(labels(sqlite.labels(id)), labels(postgres.labels(id)), "labels of " + id);
                assertArrayEquals(sqlite.thumbnail(id).orElseThrow(), postgres.thumbnail(id).orElseThrow());
            }
            assertEquals(sqlite.perceptualHashes(), postgres.perceptualHashes());
            var sqliteVectors = sqlite.embeddings("enc");
            var pgVectors = postgres.embeddings("enc");
            assertEquals(sqliteVectors.keySet(), pgVectors.keySet());
            for (long id : pgIds) assertArrayEquals(sqliteVectors.get(id), pgVectors.get(id));
            for (PaletteStats.Grouping by : PaletteStats.Grouping.values()) {
                assertEquals(rounded(sqlite.paletteStats(by, PosterFilter.ALL)), rounded(postgres.paletteStats(by, PosterFilter.ALL)));
            }
            // the ids came from the table's own sequence: the next import goes on after them
            long next = postgres.addPoster(TestPosters.fake(999));
            assertEquals(pgIds.getLast() + 1, next);
            assertTrue(BenchRows.storedBytes(postgres) > 0);
        }
    }

    private static List<BenchRows.Row> rows(int n) {
        List<BenchRows.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PaletteColor red = new PaletteColor(0xFF0000 + i, 0.5, false);
            PaletteColor blue = new PaletteColor(0x0000FF, 0.2, false);
            PaletteColor grey = new PaletteColor(0x808080, 0.3, true);
            Palette palette = i % 5 == 4 ? null : new Palette(red, List.of(red, blue), List.of(grey), 6, i % 2 == 0);
            String sha = "%064x".formatted(1000 + i).toUpperCase(); // upper case: stored lower, as the import does
            NewPoster p = new NewPoster(sha, "/archive/p" + i + ".jpg", 1000L + i, 200, 300, "JPEG",
                    i % 3 == 0 ? null : "Poster é" + i, i % 4 == 0 ? null : 1930 + i, new byte[]{(byte) i, 2, 3}, palette,
                    i % 2 == 0 ? null : (long) i << 40);
            Set<String> genres = i % 3 == 1 ? Set.of("Drama", "Western") : Set.of();
            float[] vector = new float[8];
            for (int d = 0; d < vector.length; d++) vector[d] = i * 0.25f - d;
            rows.add(new BenchRows.Row(p, genres, vector));
        }
        return rows;
    }

    /** A poster without its import time (each engine stamps its own). */
    private static List<Object> fields(Poster p) {
        return java.util.Arrays.asList(p.id(), p.sha256(), p.path(), p.sizeBytes(), p.width(), p.height(), p.format(),
                p.title(), p.year(), p.titleSource(), p.yearSource());
    }

    /** The engines sum shares in their own order: equal to 9 places, not to the last bit. */
    private static String rounded(PaletteStats stats) {
        return java.util.regex.Pattern.compile("\\d+\\.\\d+").matcher(stats.toString())
                .replaceAll(m -> String.format(java.util.Locale.ROOT, "%.9f", Double.parseDouble(m.group())));
    }

    private static List<String> labels(List<GenreLabel> labels) {
        return labels.stream().map(l -> l.genre() + "/" + l.source() + "/" + l.confidence() + "/" + l.threshold()).sorted().toList();
    }
}
