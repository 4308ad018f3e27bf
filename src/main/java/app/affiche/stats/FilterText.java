package app.affiche.stats;

import app.affiche.catalogue.PosterFilter;

import java.util.ArrayList;
import java.util.List;

/** A poster filter in words, for the line that says which posters statistics cover ("" when it filters nothing). */
public final class FilterText {
    private FilterText() {
    }

    public static String of(PosterFilter f) {
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
