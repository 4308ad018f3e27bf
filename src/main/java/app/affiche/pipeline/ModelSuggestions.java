package app.affiche.pipeline;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.Prediction;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a prediction leaves in the catalogue as model labels: the genres at or above their threshold and those in
 * the suggestion band just below it, minus genres already confirmed. One rule for `affiche tag`, the workbench and
 * the re-predict after a retrain, so a poster's stored suggestions (and the export's suggested_genres) do not
 * depend on which of them tagged it.
 */
public final class ModelSuggestions {
    private ModelSuggestions() {
    }

    public static Map<String, Double> of(Prediction p, List<GenreLabel> labels) {
        Set<String> confirmed = new HashSet<>();
        for (GenreLabel l : labels) if (l.source().confirmed()) confirmed.add(l.genre());
        Map<String, Double> model = new LinkedHashMap<>();
        for (String g : p.genres()) if (!confirmed.contains(g)) model.put(g, p.genreProbabilities().get(g));
        for (String g : p.suggested()) if (!confirmed.contains(g)) model.put(g, p.genreProbabilities().get(g));
        return model;
    }
}
