package app.affiche.ui.review;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One poster's labels as the review needs them: confirmed genres (and where they came from), the model's
 * confidences, and the threshold the heads judged each of those by where the catalogue kept it.
 */
public record LabelState(long posterId, Set<String> confirmed, LabelSource confirmedSource, Map<String, Double> model,
                         Map<String, Double> modelThresholds) {
    public LabelState {
        confirmed = Collections.unmodifiableSet(new TreeSet<>(confirmed));
        model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
        modelThresholds = Map.copyOf(modelThresholds);
    }

    /** A state whose model labels carry no thresholds (they meet the all-era ones). */
    public LabelState(long posterId, Set<String> confirmed, LabelSource confirmedSource, Map<String, Double> model) {
        this(posterId, confirmed, confirmedSource, model, Map.of());
    }

    public static LabelState of(long posterId, List<GenreLabel> labels) {
        Set<String> confirmed = new TreeSet<>();
        Map<String, Double> model = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        boolean curator = false;
        for (GenreLabel l : labels) {
            if (l.source().confirmed()) {
                confirmed.add(l.genre());
                curator |= l.source() == LabelSource.CURATOR;
            } else if (l.confidence() != null) {
                model.put(l.genre(), l.confidence());
                if (l.threshold() != null) thresholds.put(l.genre(), l.threshold());
            }
        }
        LabelSource source = confirmed.isEmpty() || curator ? LabelSource.CURATOR : LabelSource.IMPORT;
        return new LabelState(posterId, confirmed, source, model, thresholds);
    }

    public boolean isConfirmed() {
        return !confirmed.isEmpty();
    }
}
