package app.affiche.poster;

import java.time.Instant;

/** One genre on one poster; confidence is set for model labels only. */
public record GenreLabel(String genre, LabelSource source, Double confidence, Instant at) {
}
