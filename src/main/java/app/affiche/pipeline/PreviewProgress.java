package app.affiche.pipeline;

/**
 * Receives how far a preview has got: a stage for people to read and the overall fraction done (0..1), and the
 * result so far once everything but the heatmap is known (the heatmap takes most of the time).
 */
@FunctionalInterface
public interface PreviewProgress {
    PreviewProgress NONE = (stage, fraction) -> { };

    void update(String stage, double fraction);

    /** The first build of the similar-poster index: posters indexed of those to index (throttled to ~20 a second). */
    default void indexing(int done, int total) {
    }

    /** Everything but the heatmap, sent once before the heatmap is computed (only when one will be). */
    default void partial(PreviewResult withoutHeatmap) {
    }
}
