package app.affiche.poster;

import java.util.List;

/** The 18 TMDb genres of the shared poster set: the catalogue's starting vocabulary (users may add more). */
public final class Genres {
    public static final List<String> TMDB = List.of(
            "Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama", "Family", "Fantasy",
            "History", "Horror", "Music", "Mystery", "Romance", "Science Fiction", "Thriller", "War", "Western");

    private Genres() {
    }
}
