package app.affiche.ui.preview;

import app.affiche.poster.Decade;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import app.affiche.poster.Prediction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewFiguresTest {
    static Prediction prediction() {
        Map<String, Double> p = Map.of("Horror", 0.81, "Thriller", 0.46, "Drama", 0.30, "Comedy", 0.05,
                "Action", 0.12, "Romance", 0.02, "Western", 0.01, "War", 0.015);
        TreeMap<Decade, Double> decades = new TreeMap<>(Map.of(new Decade(1970), 0.2, new Decade(1980), 0.5,
                new Decade(1990), 0.3));
        return new Prediction(p, List.of("Horror"), List.of("Thriller"), decades, List.of("global", "1980s", "decade"), Map.of(), 0);
    }

    @Test
    void genresAreSortedAndToldApartByBand() {
        List<GenreBar> bars = PreviewFigures.genreBars(prediction());
        assertEquals(List.of("Horror", "Thriller", "Drama", "Action", "Comedy", "Romance"),
                bars.stream().map(GenreBar::genre).toList());
        assertEquals(GenreBar.Band.ABOVE, bars.get(0).band());
        assertEquals(GenreBar.Band.SUGGESTED, bars.get(1).band());
        assertTrue(bars.subList(2, bars.size()).stream().allMatch(b -> b.band() == GenreBar.Band.BELOW));
        assertEquals("81 %", bars.getFirst().percent());
    }

    @Test
    void aRareGenreAboveItsLowThresholdComesBeforeALikelierSuggestion() {
        Map<String, Double> p = Map.of("Drama", 0.66, "Comedy", 0.21, "History", 0.05, "Crime", 0.11);
        List<GenreBar> bars = PreviewFigures.genreBars(new Prediction(p, List.of("Drama", "History"), List.of("Comedy"),
                new TreeMap<>(), List.of(), Map.of(), 0));
        assertEquals(List.of("Drama", "History", "Comedy", "Crime"), bars.stream().map(GenreBar::genre).toList());
    }

    @Test
    void eachBarCarriesTheThresholdItWasJudgedBy() {
        Map<String, Double> p = Map.of("Drama", 0.18, "History", 0.09);
        List<GenreBar> bars = PreviewFigures.genreBars(new Prediction(p, List.of(), List.of("History"), new TreeMap<>(),
                List.of(), Map.of("Drama", 0.42, "History", 0.11), 0));
        GenreBar history = bars.stream().filter(b -> b.genre().equals("History")).findFirst().orElseThrow();
        GenreBar drama = bars.stream().filter(b -> b.genre().equals("Drama")).findFirst().orElseThrow();
        assertEquals("threshold 11 %", history.thresholdText(), "9 % in the band makes sense beside its 11 % threshold");
        assertEquals("threshold 42 %", drama.thresholdText(), "and 18 % below beside 42 %");
        assertEquals("", new GenreBar("War", 0.1, null, GenreBar.Band.BELOW).thresholdText());
    }

    @Test
    void everyGenreAboveOrSuggestedIsListedEvenBeyondTheMinimum() {
        Map<String, Double> p = new java.util.HashMap<>();
        List<String> above = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            p.put("G" + i, 0.9 - i * 0.01);
            above.add("G" + i);
        }
        p.put("Low", 0.01);
        List<GenreBar> bars = PreviewFigures.genreBars(new Prediction(p, above, List.of(), new TreeMap<>(), List.of(), Map.of(), 0));
        assertEquals(9, bars.size());
    }

    @Test
    void decadesInOrderWithTheEraShownMarked() {
        List<DecadeBar> bars = PreviewFigures.decadeBars(prediction());
        assertEquals(List.of("1970s", "1980s", "1990s"), bars.stream().map(DecadeBar::label).toList());
        // 1980s alone is 50 %: too unsure to stand alone, so the era is the likelier pair around it
        assertEquals(List.of(false, true, true), bars.stream().map(DecadeBar::estimate).toList());
        assertEquals("1980s–1990s (80 %)", bars.get(1).era());
        assertEquals(List.of(), PreviewFigures.decadeBars(null));
    }

    @Test
    void swatchesListColoursThenGreysWithHexAndShare() {
        PaletteColor red = new PaletteColor(0xC0392B, 0.42, false), grey = new PaletteColor(0x808080, 0.2, true);
        List<Swatch> s = PreviewFigures.swatches(new Palette(red, List.of(red), List.of(grey), 6, true));
        assertEquals(List.of("#C0392B", "#808080"), s.stream().map(Swatch::hex).toList());
        assertEquals(42, s.getFirst().percent());
        assertTrue(s.get(1).nearGrey());
    }
}
