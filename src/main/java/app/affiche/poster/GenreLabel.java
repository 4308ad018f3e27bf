package app.affiche.poster;

import java.time.Instant;

/**
 * One genre on one poster; confidence is set for model labels only, and threshold (the probability the heads
 * required of this genre for this poster) for model labels stored since catalogue schema 3.
 */
public record GenreLabel(String genre, LabelSource source, Double confidence, Double threshold, Instant at) {
}
