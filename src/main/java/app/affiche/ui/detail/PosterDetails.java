package app.affiche.ui.detail;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.Palette;
import app.affiche.poster.Poster;
import app.affiche.poster.Prediction;

import java.util.List;

/** Everything the detail pane shows about one poster, read together in the background. Prediction may be null. */
public record PosterDetails(Poster poster, List<GenreLabel> labels, Palette palette, byte[] thumbnail,
                            Prediction prediction) {
}
