package app.affiche.pipeline;

import app.affiche.heads.FieldReading;
import app.affiche.poster.Palette;
import app.affiche.poster.Prediction;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the designer preview shows for one draft. Parts that need a missing encoder, heads or indexed
 * catalogue are absent, and {@code notes} says why in words a designer can act on.
 *
 * @param image      the decoded draft, at most {@link PreviewAnalysis#DISPLAY_SIDE} px on its longer side
 * @param prediction null without encoder or heads
 * @param heatmap    occlusion sensitivity of the top genre; null without a prediction
 * @param similar    nearest catalogued posters, nearest first; empty when none can be found
 * @param fields     what the extra fields' heads read in the draft ("rating: good 64 %"); empty without them
 */
public record PreviewResult(Path file, BufferedImage image, Palette palette, Prediction prediction,
                            List<PreviewSimilarPoster> similar, OcclusionMap heatmap, List<String> notes,
                            List<FieldReading> fields) {
    public PreviewResult {
        similar = List.copyOf(similar);
        notes = List.copyOf(notes);
        fields = List.copyOf(fields);
    }

    /** Without field heads' readings. */
    public PreviewResult(Path file, BufferedImage image, Palette palette, Prediction prediction,
                         List<PreviewSimilarPoster> similar, OcclusionMap heatmap, List<String> notes) {
        this(file, image, palette, prediction, similar, heatmap, notes, List.of());
    }

    public Optional<Prediction> predictionIfAny() {
        return Optional.ofNullable(prediction);
    }

    public Optional<OcclusionMap> heatmapIfAny() {
        return Optional.ofNullable(heatmap);
    }
}
