package app.affiche.catalogue.xmp;

import java.util.List;
import java.util.Set;

/**
 * What Affiche knows of one poster, as a sidecar carries it: confirmed genres (curator or import), title and year
 * (null when unknown), and the model's suggestions, kept apart.
 */
public record SidecarContent(String sha256, String title, Integer year, Set<String> genres,
                             List<Suggestion> suggestions) {
    /** A model label: the genre, its probability and the threshold it was judged by (null when not stored). */
    public record Suggestion(String genre, double confidence, Double threshold) {
    }

    public SidecarContent {
        genres = Set.copyOf(genres);
        suggestions = List.copyOf(suggestions);
    }
}
