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
 * One poster's labels as the review needs them: confirmed genres (and where they came from) and the model's
 * confidences.
 */
public record LabelState(long posterId, Set<String> confirmed, LabelSource confirmedSource, Map<String, Double> model) {
    public LabelState {
        confirmed = Collections.unmodifiableSet(new TreeSet<>(confirmed));
        model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    public static LabelState of(long posterId, List<GenreLabel> labels) {
        Set<String> confirmed = new TreeSet<>();
        Map<String, Double> model = new LinkedHashMap<>();
        boolean curator = false;
        for (GenreLabel l : labels) {
            if (l.source().confirmed()) {
                confirmed.add(l.genre());
                curator |= l.source() == LabelSource.CURATOR;
            } else if (l.confidence() != null) {
                model.put(l.genre(), l.confidence());
            }
        }
        LabelSource source = confirmed.isEmpty() || curator ? LabelSource.CURATOR : LabelSource.IMPORT;
        return new LabelState(posterId, confirmed, source, model);
    }

    public boolean isConfirmed() {
        return !confirmed.isEmpty();
    }
}
