package app.affiche.similar;

/** One catalogued poster near a query; smaller distance is nearer (for cosine metrics, 1 - similarity). */
public record Neighbour(long posterId, double distance, Metric metric) {
}
