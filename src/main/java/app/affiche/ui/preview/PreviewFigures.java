package app.affiche.ui.preview;

import app.affiche.poster.EraEstimate;
import app.affiche.poster.Palette;
import app.affiche.poster.Prediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Turns a prediction and a palette into the rows the preview draws. */
final class PreviewFigures {
    /** Genres listed: all above threshold or suggested, topped up with the likeliest others to this many. */
    static final int MIN_GENRES = 6;

    private PreviewFigures() {
    }

    static List<GenreBar> genreBars(Prediction p) {
        if (p == null) return List.of();
        List<GenreBar> bars = new ArrayList<>();
        p.genreProbabilities().forEach((genre, probability) -> {
            GenreBar.Band band = p.genres().contains(genre) ? GenreBar.Band.ABOVE
                    : p.suggested().contains(genre) ? GenreBar.Band.SUGGESTED : GenreBar.Band.BELOW;
            bars.add(new GenreBar(genre, probability, p.thresholds().get(genre), band));
        });
        // Grouped by band (thresholds differ per genre, so a rare genre can be "above" at a lower probability),
        // likeliest first within a band; genres below the band only to fill up to MIN_GENRES rows.
        bars.sort(Comparator.comparing(GenreBar::band).thenComparing(GenreBar::probability, Comparator.reverseOrder())
                .thenComparing(GenreBar::genre));
        List<GenreBar> shown = new ArrayList<>();
        for (GenreBar b : bars) if (b.band() != GenreBar.Band.BELOW || shown.size() < MIN_GENRES) shown.add(b);
        return shown;
    }

    static List<DecadeBar> decadeBars(Prediction p) {
        if (p == null || p.decadeProbabilities().isEmpty()) return List.of();
        EraEstimate era = EraEstimate.of(p.decadeProbabilities());
        return p.decadeProbabilities().entrySet().stream().map(e -> {
            boolean in = e.getKey().compareTo(era.from()) >= 0 && e.getKey().compareTo(era.to()) <= 0;
            return new DecadeBar(e.getKey().label(), e.getValue(), in, in ? era.describe() : null);
        }).toList();
    }

    static List<Swatch> swatches(Palette palette) {
        if (palette == null) return List.of();
        return Stream.concat(palette.colours().stream(), palette.greys().stream()).map(Swatch::of).toList();
    }

    /** The similar strip's caption while the similar-poster index is first built. */
    static String indexingCaption(int done, int total) {
        return "Indexing similar posters… " + (total <= 0 ? 100 : (int) (100L * done / total)) + " %";
    }
}
