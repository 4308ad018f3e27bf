package app.affiche.ui.preview;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsTrainer;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingData;
import app.affiche.heads.TrainingListener;
import app.affiche.pipeline.PreviewPredictor;
import app.affiche.poster.Genres;
import app.affiche.poster.Poster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For the screenshot: the real heads, trained on the temporary catalogue's labels with the default settings. */
final class ScreenshotPredictor {
    private ScreenshotPredictor() {
    }

    static PreviewPredictor train(Catalogue catalogue, String encoderId) {
        Map<Long, float[]> embeddings = catalogue.embeddings(encoderId);
        Map<Long, Set<String>> labels = catalogue.confirmedGenres();
        List<Long> ids = embeddings.keySet().stream().sorted().toList();
        List<Set<String>> genres = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (long id : ids) {
            genres.add(labels.getOrDefault(id, Set.of()));
            years.add(catalogue.poster(id).map(Poster::year).orElse(null));
        }
        TrainingData data = new TrainingData(encoderId, ids.stream().map(embeddings::get).toArray(float[][]::new),
                genres, years, Genres.TMDB);
        var outcome = new HeadsTrainer(HeadsConfig.defaults().withMinimums(10, 60)).train(data, TrainingListener.NONE, () -> false);
        return PreviewPredictor.of(new Predictor(outcome.heads()));
    }
}
