package app.affiche.stats;

import app.affiche.catalogue.PaletteStats;
import app.affiche.catalogue.PosterFilter;

import java.util.ArrayList;
import java.util.List;

/** The words that say which posters statistics cover, shared by the command line and the window. */
public final class StatsText {
    private StatsText() {
    }

    /** How posters are put in groups. */
    public static String grouping(PaletteStats.Grouping by) {
        return by == PaletteStats.Grouping.GENRE
                ? "genres as confirmed (curator, else import; never the model's), a poster counting in each of its genres"
                : "decade of the poster's year (undated posters left out)";
    }

    /** A poster filter in words ("" when it filters nothing). */
    public static String filter(PosterFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.genre() != null) parts.add("genre " + f.genre());
        if (f.decade() != null) parts.add("decade " + f.decade().label());
        if (f.unlabelled() != null) parts.add(f.unlabelled() ? "no confirmed genre" : "confirmed");
        if (f.withSuggestions() != null) parts.add(f.withSuggestions() ? "with suggestions" : "without suggestions");
        if (f.titleContains() != null) parts.add("title contains \"" + f.titleContains() + "\"");
        if (f.limit() != Integer.MAX_VALUE) parts.add("first " + f.limit());
        return String.join(", ", parts);
    }
}
