package app.affiche.ui.review;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keyboard review: what the selected poster(s) carry and the edits a key press makes. One poster or a
 * multi-selection alike: a toggle on a selection adds the genre to all unless all carry it already.
 * Holds no controls and touches no catalogue; the controller runs the returned edits in the background.
 */
public final class ReviewViewModel {
    private final ObservableList<LabelState> targets = FXCollections.observableArrayList();
    private final ObservableList<String> vocabulary = FXCollections.observableArrayList();
    private final ObjectProperty<KeyMap> keyMap = new SimpleObjectProperty<>(KeyMap.forGenres(List.of()));
    private final Thresholds thresholds;
    private final Map<Long, Live> live = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Live> eldest) {
            return size() > 500;
        }
    };

    public ReviewViewModel(Thresholds thresholds) {
        this.thresholds = thresholds;
        vocabulary.addListener((javafx.collections.ListChangeListener<String>) c -> keyMap.set(KeyMap.forGenres(vocabulary)));
    }

    public ObservableList<LabelState> targets() {
        return targets;
    }

    public ObservableList<String> vocabulary() {
        return vocabulary;
    }

    public ObjectProperty<KeyMap> keyMap() {
        return keyMap;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * The heads' probabilities for a poster, computed when it was shown: they cover every genre (stored model labels
     * keep only the suggested ones), so bars and "accept" use them where known.
     */
    public void putPrediction(long posterId, Map<String, Double> probabilities, Map<String, Double> judgedBy) {
        live.put(posterId, new Live(Map.copyOf(probabilities), Map.copyOf(judgedBy)));
    }

    /** A prediction made when the poster was shown, with the threshold the heads judged each genre by. */
    private record Live(Map<String, Double> probabilities, Map<String, Double> judgedBy) {
    }

    private Map<String, Double> model(LabelState t) {
        Live p = live.get(t.posterId());
        return p == null ? t.model() : p.probabilities();
    }

    /**
     * The live prediction's threshold, else the one stored with the model label; unknown (all-era thresholds) for
     * labels stored before the catalogue kept thresholds.
     */
    private Double judgedBy(LabelState t, String genre) {
        Live p = live.get(t.posterId());
        return p == null ? t.modelThresholds().get(genre) : p.judgedBy().get(genre);
    }

    public Optional<LabelEdit> toggle(String genre) {
        if (targets.isEmpty()) return Optional.empty();
        boolean all = targets.stream().allMatch(t -> t.confirmed().contains(genre));
        List<LabelEdit> parts = new ArrayList<>();
        for (LabelState t : targets) {
            Set<String> after = new TreeSet<>(t.confirmed());
            if (all) after.remove(genre); else after.add(genre);
            if (!after.equals(t.confirmed())) parts.add(edit(t, after, (all ? "remove " : "add ") + genre));
        }
        return wrap(parts, (all ? "remove " : "add ") + genre);
    }

    /** Confirms every LIKELY suggestion (never the MAYBE band) on each target; empty when there is nothing new. */
    public Optional<LabelEdit> acceptSuggestions() {
        List<LabelEdit> parts = new ArrayList<>();
        for (LabelState t : targets) {
            Set<String> after = new TreeSet<>(t.confirmed());
            model(t).forEach((g, p) -> {
                if (thresholds.classify(g, p, judgedBy(t, g)) == Suggestion.LIKELY) after.add(g);
            });
            if (!after.equals(t.confirmed())) parts.add(edit(t, after, "accept suggestions"));
        }
        return wrap(parts, "accept suggestions");
    }

    /** Rows in vocabulary order (keys keep their place), with coverage across the selection. */
    public List<GenreRow> rows() {
        List<GenreRow> rows = new ArrayList<>();
        KeyMap keys = keyMap.get();
        for (String g : vocabulary) {
            long carrying = targets.stream().filter(t -> t.confirmed().contains(g)).count();
            GenreRow.Coverage coverage = targets.isEmpty() || carrying == 0 ? GenreRow.Coverage.NONE
                    : carrying == targets.size() ? GenreRow.Coverage.ALL : GenreRow.Coverage.SOME;
            LabelState only = targets.size() == 1 ? targets.getFirst() : null;
            Double confidence = only == null ? null : model(only).get(g);
            Double judgedBy = only == null ? null : judgedBy(only, g);
            rows.add(new GenreRow(g, keys.label(g), confidence, thresholds.effective(g, judgedBy),
                    thresholds.classify(g, confidence, judgedBy), coverage));
        }
        return rows;
    }

    private static LabelEdit edit(LabelState t, Set<String> after, String description) {
        return new LabelEdit.Genres(t.posterId(), t.confirmed(), t.confirmedSource(), after, description);
    }

    private Optional<LabelEdit> wrap(List<LabelEdit> parts, String description) {
        if (parts.isEmpty()) return Optional.empty();
        if (parts.size() == 1 && targets.size() == 1) return Optional.of(parts.getFirst());
        return Optional.of(new LabelEdit.Compound(description + " on " + parts.size() + " posters", parts));
    }

    /** Parses the year field: blank clears it, otherwise a year between 1880 and 2100. */
    public static Integer parseYear(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            int y = Integer.parseInt(text.strip());
            if (y < 1880 || y > 2100) throw new IllegalArgumentException("year out of range (1880-2100): " + text.strip());
            return y;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a year: " + text.strip());
        }
    }
}
