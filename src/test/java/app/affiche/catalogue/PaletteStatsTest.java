package app.affiche.catalogue;

import app.affiche.catalogue.PaletteStats.Grouping;
import app.affiche.poster.ColourBins;
import app.affiche.poster.Decade;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Palette analytics from the catalogue's aggregate query equal the same statistics computed directly from the
 * posters' palettes and labels, on a fresh catalogue and on one migrated from schema 4 (summaries backfilled).
 */
class PaletteStatsTest extends EngineCase {

    /** A poster of the fixture: its palette, year and confirmed genres (model labels are added but never count). */
    record Fixture(Palette palette, Integer year, Set<String> genres) {
    }

    private static List<Fixture> fixtures() {
        Random random = new Random(7);
        List<String> genres = List.of("Horror", "Comedy", "Western", "Drama");
        List<Fixture> out = new ArrayList<>();
        // a hand-checked poster: deep red 60 %, black 40 %
        out.add(new Fixture(new Palette(new PaletteColor(0xB01010, 0.6, false), List.of(new PaletteColor(0xB01010, 0.6, false)),
                List.of(new PaletteColor(0x101010, 0.4, true)), 6, true), 1925, Set.of("Horror")));
        for (int i = 0; i < 40; i++) {
            List<PaletteColor> colours = new ArrayList<>(), greys = new ArrayList<>();
            double left = 1;
            int n = 1 + random.nextInt(6);
            for (int k = 0; k < n; k++) {
                double share = k == n - 1 ? left : left * (0.3 + 0.4 * random.nextDouble());
                left -= share;
                int rgb = random.nextInt(0x1000000);
                boolean grey = k % 3 == 2;
                if (grey) rgb = (rgb & 0xFF) * 0x010101;
                (grey ? greys : colours).add(new PaletteColor(rgb, share, grey));
            }
            colours.sort(Comparator.comparingDouble(PaletteColor::share).reversed());
            greys.sort(Comparator.comparingDouble(PaletteColor::share).reversed());
            Set<String> g = i % 7 == 0 ? Set.of() : new java.util.TreeSet<>(List.of(genres.get(i % 4), genres.get((i / 4) % 4)));
            out.add(new Fixture(new Palette(colours.isEmpty() ? greys.getFirst() : colours.getFirst(), colours, greys, 6,
                    false), i % 5 == 0 ? null : 1930 + random.nextInt(9) * 10, g));
        }
        return out;
    }

    private static String sha(int i) {
        byte[] b = new byte[32];
        new Random(i).nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The statistics computed from the fixtures alone: what the query must return. */
    static List<PaletteStats.Group> direct(List<Fixture> posters, Grouping by) {
        Map<String, List<Palette>> byGroup = new TreeMap<>();
        for (Fixture f : posters) {
            List<String> keys = by == Grouping.GENRE ? List.copyOf(f.genres())
                    : f.year() == null ? List.of() : List.of(Decade.ofYear(f.year()).label());
            for (String k : keys) byGroup.computeIfAbsent(k, x -> new ArrayList<>()).add(f.palette());
        }
        List<PaletteStats.Group> groups = new ArrayList<>();
        byGroup.forEach((name, palettes) -> {
            double grey = 0, colour = 0;
            double[] hues = new double[ColourBins.HUES], lights = new double[ColourBins.LIGHTS];
            Map<Integer, List<Integer>> mains = new LinkedHashMap<>();
            for (Palette p : palettes) {
                for (PaletteColor c : p.colours()) {
                    colour += c.share();
                    hues[ColourBins.hueBin(c.rgb())] += c.share();
                    lights[ColourBins.lightBin(c.rgb())] += c.share();
                }
                for (PaletteColor c : p.greys()) {
                    grey += c.share();
                    lights[ColourBins.lightBin(c.rgb())] += c.share();
                }
                if (!p.colours().isEmpty()) {
                    int main = p.colours().getFirst().rgb();
                    mains.computeIfAbsent(ColourBins.cell(main), x -> new ArrayList<>()).add(main);
                }
            }
            List<Double> h = new ArrayList<>(), l = new ArrayList<>();
            for (double v : hues) h.add(v / colour);
            for (double v : lights) l.add(v / (grey + colour));
            int withColour = mains.values().stream().mapToInt(List::size).sum();
            List<PaletteStats.Swatch> swatches = mains.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<Integer, List<Integer>>>comparingInt(e -> -e.getValue().size())
                            .thenComparingInt(Map.Entry::getKey))
                    .limit(PaletteStatsSql.SWATCHES)
                    .map(e -> new PaletteStats.Swatch(e.getKey(), mean(e.getValue()), e.getValue().size(),
                            e.getValue().size() / (double) withColour))
                    .toList();
            groups.add(new PaletteStats.Group(name, palettes.size(), grey / (grey + colour), h, l, swatches));
        });
        return groups;
    }

    private static int mean(List<Integer> rgbs) {
        int[] shifts = {16, 8, 0};
        int out = 0;
        for (int s : shifts) out |= (int) Math.round(rgbs.stream().mapToInt(c -> (c >> s) & 0xFF).average().orElseThrow()) << s;
        return out;
    }

    private static void assertSame(List<PaletteStats.Group> expected, PaletteStats actual) {
        assertEquals(expected.stream().map(PaletteStats.Group::name).toList(),
                actual.groups().stream().map(PaletteStats.Group::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            PaletteStats.Group e = expected.get(i), a = actual.groups().get(i);
            assertEquals(e.posters(), a.posters(), e.name());
            assertEquals(e.greyShare(), a.greyShare(), 1e-9, e.name());
            for (int k = 0; k < ColourBins.HUES; k++) assertEquals(e.hues().get(k), a.hues().get(k), 1e-9, e.name() + " hue " + k);
            for (int k = 0; k < ColourBins.LIGHTS; k++) assertEquals(e.lights().get(k), a.lights().get(k), 1e-9, e.name() + " light " + k);
            assertEquals(e.swatches().size(), a.swatches().size(), e.name());
            for (int k = 0; k < e.swatches().size(); k++) {
                PaletteStats.Swatch es = e.swatches().get(k), as = a.swatches().get(k);
                assertEquals(es.cell(), as.cell(), e.name() + " swatch " + k);
                assertEquals(es.posters(), as.posters(), e.name() + " swatch " + k);
                assertEquals(es.fraction(), as.fraction(), 1e-9);
                assertEquals(es.hex(), as.hex(), e.name() + " swatch " + k);
            }
        }
    }

    @Test
    void theAggregateEqualsADirectComputationByGenreAndByDecade() {
        List<Fixture> fixtures = fixtures();
        try (Catalogue catalogue = open("catalogue.db")) {
            List<NewPoster> rows = new ArrayList<>();
            for (int i = 0; i < fixtures.size(); i++) {
                rows.add(new NewPoster(sha(i), "/p/" + i + ".jpg", 1, 10, 10, "JPEG", null, fixtures.get(i).year(), null,
                        fixtures.get(i).palette()));
            }
            rows.add(new NewPoster(sha(999), "/p/no-palette.jpg", 1, 10, 10, "JPEG", null, 1950, null, null));
            List<AddResult> added = catalogue.addPosters(rows);
            List<LabelUpdate> labels = new ArrayList<>();
            for (int i = 0; i < fixtures.size(); i++) {
                long id = added.get(i).id();
                if (!fixtures.get(i).genres().isEmpty()) {
                    labels.add(new LabelUpdate(id, null, null, fixtures.get(i).genres(), i % 2 == 0 ? LabelSource.IMPORT
                            : LabelSource.CURATOR));
                }
                catalogue.setModelLabels(id, Map.of("Family", 0.99)); // a suggestion: never counts
            }
            catalogue.applyLabelUpdates(labels);
            catalogue.setConfirmedLabels(added.getLast().id(), Set.of("Horror"), LabelSource.CURATOR); // no palette

            PaletteStats byGenre = catalogue.paletteStats(Grouping.GENRE, PosterFilter.ALL);
            assertSame(direct(fixtures, Grouping.GENRE), byGenre);
            assertEquals(fixtures.size(), byGenre.postersWithPalette());
            assertSame(direct(fixtures, Grouping.DECADE), catalogue.paletteStats(Grouping.DECADE, PosterFilter.ALL));

            // the filter narrows the posters before grouping
            PosterFilter seventies = new PosterFilter(null, new Decade(1970), null, null, Integer.MAX_VALUE, 0);
            List<Fixture> inSeventies = fixtures.stream().filter(f -> f.year() != null && f.year() / 10 == 197).toList();
            assertTrue(inSeventies.size() >= 2, "the fixture has 1970s posters: " + inSeventies.size());
            assertSame(direct(inSeventies, Grouping.GENRE), catalogue.paletteStats(Grouping.GENRE, seventies));

            // a limit keeps the first posters (by id), after the filter
            PosterFilter firstSeventies = new PosterFilter(null, new Decade(1970), null, null, 2, 0);
            assertSame(direct(inSeventies.subList(0, 2), Grouping.DECADE), catalogue.paletteStats(Grouping.DECADE, firstSeventies));
            assertSame(direct(fixtures.subList(0, 10), Grouping.GENRE), catalogue.paletteStats(Grouping.GENRE,
                    new PosterFilter(null, null, null, null, 10, 0)));

            // removing posters takes their summaries along (cascade); undo brings them back
            RemovedPosters removed = catalogue.removePosters(List.of(added.get(1).id(), added.get(2).id()));
            List<Fixture> rest = new ArrayList<>(fixtures);
            rest.remove(2);
            rest.remove(1);
            assertSame(direct(rest, Grouping.GENRE), catalogue.paletteStats(Grouping.GENRE, PosterFilter.ALL));
            catalogue.restorePosters(removed);
            assertSame(direct(fixtures, Grouping.GENRE), catalogue.paletteStats(Grouping.GENRE, PosterFilter.ALL));

            // the hand-checked poster is the 1920s' only one (the others are from 1930 on)
            PaletteStats.Group twenties = catalogue.paletteStats(Grouping.DECADE, PosterFilter.ALL).groups().getFirst();
            assertEquals("1920s", twenties.name());
            assertEquals(1, twenties.posters());
            assertEquals(0.4, twenties.greyShare(), 1e-9);
            assertEquals(1.0, twenties.hues().getFirst(), 1e-9, "deep red is hue bin 0 (red)");
            assertEquals(1.0, twenties.lights().get(0) + twenties.lights().get(1), 1e-9, "all dark");
            assertEquals("#B01010", twenties.swatches().getFirst().hex());
            assertEquals(1.0, twenties.swatches().getFirst().fraction(), 1e-9);
        }
    }

    @Test
    void aVersion4CatalogueGetsItsPalettesSummarisedWhenMigrated() throws Exception {
        sqliteOnly("migrating a v4 file");
        List<Fixture> fixtures = fixtures();
        Path file = dir.resolve("old.db");
        try (Catalogue v4 = Catalogue.open(file, 4)) {
            assertEquals(4, v4.schemaVersion());
        }
        for (int i = 0; i < fixtures.size(); i++) {
            Fixture f = fixtures.get(i);
            long id = OldCatalogues.insertPoster(file, new NewPoster(sha(i), "/p/" + i + ".jpg", 1, 10, 10, "JPEG", null,
                    f.year(), null, null));
            insertPalette(file, id, f.palette());
            for (String g : f.genres()) OldCatalogues.insertLabel(file, id, g, i % 2 == 0 ? "import" : "curator");
            OldCatalogues.insertLabel(file, id, "Family", "model");
        }
        try (Catalogue migrated = Catalogue.open(file)) {
            assertEquals(Migrations.LATEST, migrated.schemaVersion());
            assertTrue(Files.exists(Migrations.backupPath(file, 4)), "backed up before migrating");
            assertSame(direct(fixtures, Grouping.GENRE), migrated.paletteStats(Grouping.GENRE, PosterFilter.ALL));
            assertSame(direct(fixtures, Grouping.DECADE), migrated.paletteStats(Grouping.DECADE, PosterFilter.ALL));
        }
    }

    /** The palette rows schema 1–4 stored (no summary), by plain SQL. */
    private static void insertPalette(Path file, long id, Palette p) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = c.prepareStatement("INSERT INTO palette_colours(poster_id, kind, position, rgb, share, near_grey) "
                     + "VALUES (?, ?, ?, ?, ?, ?)")) {
            c.createStatement().execute("UPDATE posters SET palette_requested = 6, palette_fewer = 0 WHERE id = " + id);
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[]{"dominant", 0, p.dominant()});
            for (int i = 0; i < p.colours().size(); i++) rows.add(new Object[]{"colour", i, p.colours().get(i)});
            for (int i = 0; i < p.greys().size(); i++) rows.add(new Object[]{"grey", i, p.greys().get(i)});
            for (Object[] r : rows) {
                PaletteColor colour = (PaletteColor) r[2];
                s.setLong(1, id);
                s.setString(2, (String) r[0]);
                s.setInt(3, (Integer) r[1]);
                s.setInt(4, colour.rgb());
                s.setDouble(5, colour.share());
                s.setInt(6, colour.nearGrey() ? 1 : 0);
                s.executeUpdate();
            }
        }
    }
}
