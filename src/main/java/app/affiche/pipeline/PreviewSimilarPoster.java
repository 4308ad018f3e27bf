package app.affiche.pipeline;

import app.affiche.poster.Poster;
import app.affiche.similar.Metric;

/** One catalogued poster resembling the draft, with its thumbnail (JPEG bytes, possibly empty) read in the background. */
public record PreviewSimilarPoster(Poster poster, double distance, Metric metric, byte[] thumbnailJpeg) {
}
