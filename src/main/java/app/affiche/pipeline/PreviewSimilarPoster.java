package app.affiche.pipeline;

import app.affiche.poster.Poster;
import app.affiche.similar.Metric;

/**
 * One catalogued poster resembling the draft, with its thumbnail (JPEG bytes, possibly empty) read in the background.
 * {@code copy}: it is a copy of the draft's art (another scan, size or quality; {@link app.affiche.similar.DuplicateRule}),
 * not merely a similar poster.
 */
public record PreviewSimilarPoster(Poster poster, double distance, Metric metric, byte[] thumbnailJpeg, boolean copy) {
    public PreviewSimilarPoster(Poster poster, double distance, Metric metric, byte[] thumbnailJpeg) {
        this(poster, distance, metric, thumbnailJpeg, false);
    }
}
