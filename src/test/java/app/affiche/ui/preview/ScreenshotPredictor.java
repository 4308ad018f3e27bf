package app.affiche.ui.preview;

import app.affiche.catalogue.Catalogue;
import app.affiche.pipeline.PreviewPredictor;
import app.affiche.pipeline.TinyLogisticPredictor;
import app.affiche.poster.Decade;
import app.affiche.poster.Prediction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** For the screenshot only, until the real heads are merged: one logistic model per genre on the catalogue's labels. */
final class ScreenshotPredictor {
    private ScreenshotPredictor() {
    }

    static PreviewPredictor train(Catalogue catalogue, String encoderId) {
        Map<Long, float[]> embeddings = catalogue.embeddings(encoderId);
        Map<Long, Set<String>> labels = catalogue.confirmedGenres();
        List<Long> ids = new ArrayList<>(embeddings.keySet());
        float[][] x = ids.stream().map(embeddings::get).toArray(float[][]::new);
        Map<String, TinyLogisticPredictor> perGenre = new HashMap<>();
        for (String genre : List.of("Action", "Comedy", "Drama", "Horror", "Romance", "Thriller", "Science Fiction", "Crime")) {
            boolean[] y = new boolean[ids.size()];
            for (int i = 0; i < y.length; i++) y[i] = labels.getOrDefault(ids.get(i), Set.of()).contains(genre);
            perGenre.put(genre, new TinyLogisticPredictor(genre, "not " + genre, x, y, 1.0));
        }
        return embedding -> {
            Map<String, Double> p = new HashMap<>();
            List<String> above = new ArrayList<>(), suggested = new ArrayList<>();
            perGenre.forEach((g, m) -> {
                double v = m.predict(embedding).genreProbabilities().get(g);
                p.put(g, v);
                if (v >= 0.5) above.add(g);
                else if (v >= 0.35) suggested.add(g);
            });
            TreeMap<Decade, Double> decades = new TreeMap<>(Map.of(new Decade(1960), 0.1, new Decade(1970), 0.25,
                    new Decade(1980), 0.4, new Decade(1990), 0.25));
            return new Prediction(p, above, suggested, decades, List.of("screenshot-logistic"));
        };
    }
}
