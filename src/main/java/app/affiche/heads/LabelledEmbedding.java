package app.affiche.heads;

import java.util.Set;

/** One test poster: its embedding, true genres and year (null when unknown). */
public record LabelledEmbedding(String id, float[] embedding, Set<String> genres, Integer year) {
}
