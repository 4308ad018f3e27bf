package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.Genres;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Fills a catalogue with generated posters (fake 2 KB thumbnails, palettes, labels) for the export benchmark. */
final class FakeCatalogue {
    private static final int CHUNK = 2000;

    private FakeCatalogue() {
    }

    static void fill(Catalogue catalogue, int count) {
        Random random = new Random(42);
        byte[] thumbnail = new byte[2048];
        random.nextBytes(thumbnail);
        for (int start = 0; start < count; start += CHUNK) {
            List<NewPoster> posters = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + CHUNK); i++) {
                byte[] sha = new byte[32];
                random.nextBytes(sha);
                posters.add(new NewPoster(HexFormat.of().formatHex(sha), "/posters/generated/poster-" + i + ".jpg",
                        100_000 + i, 600, 900, "JPEG", null, null, thumbnail, palette(random)));
            }
            List<LabelUpdate> labels = new ArrayList<>();
            var results = catalogue.addPosters(posters);
            for (int i = 0; i < results.size(); i++) {
                Set<String> genres = new LinkedHashSet<>();
                for (int g = 0; g < 1 + random.nextInt(3); g++) genres.add(Genres.TMDB.get(random.nextInt(Genres.TMDB.size())));
                labels.add(new LabelUpdate(results.get(i).id(), "Generated, \"poster\" " + (start + i),
                        1920 + random.nextInt(100), genres, LabelSource.IMPORT));
            }
            catalogue.applyLabelUpdates(labels);
            for (int i = 0; i < results.size(); i += 100) {
                catalogue.setModelLabels(results.get(i).id(), Map.of("Drama", random.nextDouble()));
            }
        }
    }

    private static Palette palette(Random random) {
        List<PaletteColor> colours = new ArrayList<>();
        for (int i = 0; i < 5; i++) colours.add(new PaletteColor(random.nextInt(0x1000000), 0.15, false));
        PaletteColor grey = new PaletteColor(0x808080, 0.25, true);
        return new Palette(colours.getFirst(), colours, List.of(grey), 6, false);
    }
}
