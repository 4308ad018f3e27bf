package app.affiche.ui.review;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 * The keyboard review: what the selected poster(s) carry and the draft the keys adjust. Genre keys tick or untick a
 * genre in the draft, shown as it will be saved; only Enter saves it ({@link #confirmDraft}). One poster or a
 * multi-selection alike: a toggle on a selection ticks the genre for all unless all have it ticked already.
 * Holds no controls and touches no catalogue; the controller runs the returned edits in the background.
 */
public final class ReviewViewModel {
    private final ObservableList<LabelState> targets = FXCollections.observableArrayList();
    private final ObservableList<String> vocabulary = FXCollections.observableArrayList();
    private final ObjectProperty<KeyMap> keyMap = new SimpleObjectProperty<>(KeyMap.forGenres(List.of()));
    private final Thresholds thresholds;
    /** The reviewer's ticks (true) and unticks (false) since the selection last changed; none is saved yet. */
    private final Map<String, Boolean> overrides = new LinkedHashMap<>();
    /**
     * Ticks the reviewer left unsaved when the selection moved on, by selection: shown again when he comes back to
     * it, so an arrow key pressed before Enter never throws his keys away (the draft line counts them meanwhile).
     */
    private final Map<Set<Long>, Map<String, Boolean>> parked = new LinkedHashMap<>();
    /** Enter sent the ticks to be saved: the selection may move on before the saved labels come back. */
    private boolean submitted;
    private final ReadOnlyIntegerWrapper draftRevision = new ReadOnlyIntegerWrapper();
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

    /** Forgets the predictions made by heads no longer loaded (after a retrain or an encoder change). */
    public void clearPredictions() {
        live.clear();
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

    /**
     * Shows these posters, keeping the draft while they stay the same ones (a reload after a save or a new
     * prediction) and starting a fresh one when the selection changed.
     */
    public void showTargets(List<LabelState> states) {
        Set<Long> shown = ids(targets), next = ids(states);
        if (!next.equals(shown)) {
            if (!submitted && ticksChangeAnything()) parked.put(shown, new LinkedHashMap<>(overrides));
            overrides.clear();
            submitted = false;
            Map<String, Boolean> back = parked.remove(next);
            if (back != null) overrides.putAll(back);
        }
        targets.setAll(states);
    }

    /** How many posters, shown or not, carry ticks Enter has not saved (what closing the window would lose). */
    public int unsavedTicks() {
        return unsavedElsewhere() + (!submitted && ticksChangeAnything() ? targets.size() : 0);
    }

    /** How many posters, not shown now, carry ticks that are not saved. */
    public int unsavedElsewhere() {
        return parked.keySet().stream().mapToInt(Set::size).sum();
    }

    private boolean ticksChangeAnything() {
        return !overrides.isEmpty() && targets.stream().anyMatch(t -> !draft(t).equals(startingDraft(t)));
    }

    /** Bumped by every change of the draft (the genre list watches it). */
    public ReadOnlyIntegerProperty draftRevision() {
        return draftRevision.getReadOnlyProperty();
    }

    /**
     * What Enter saves for one poster: its confirmed genres, or, while it has none, the suggestions at or above the
     * threshold (never the band below it); then the genres the reviewer ticked or unticked.
     */
    public Set<String> draft(LabelState t) {
        Set<String> draft = startingDraft(t);
        overrides.forEach((g, in) -> {
            if (in) draft.add(g); else draft.remove(g);
        });
        return draft;
    }

    private Set<String> startingDraft(LabelState t) {
        Set<String> draft = new TreeSet<>(t.confirmed());
        if (draft.isEmpty()) {
            model(t).forEach((g, p) -> {
                if (thresholds.classify(g, p, judgedBy(t, g)) == Suggestion.LIKELY) draft.add(g);
            });
        }
        return draft;
    }

    /** Ticks the genre in every selected poster's draft, or unticks it where all have it. Nothing is saved. */
    public void toggle(String genre) {
        if (targets.isEmpty()) return;
        boolean all = targets.stream().allMatch(t -> draft(t).contains(genre));
        overrides.put(genre, !all);
        submitted = false;
        draftRevision.set(draftRevision.get() + 1);
    }

    /** The edit that saves every selected poster's draft where it differs from the catalogue; empty when none does. */
    public Optional<LabelEdit> confirmDraft() {
        List<LabelEdit> parts = new ArrayList<>();
        for (LabelState t : targets) {
            Set<String> after = draft(t);
            if (!after.equals(t.confirmed())) parts.add(edit(t, after, "confirm genres"));
        }
        submitted |= !parts.isEmpty();
        return wrap(parts, "confirm genres");
    }

    /** Whether Enter would change any selected poster. */
    public boolean draftChanged() {
        return targets.stream().anyMatch(t -> !draft(t).equals(t.confirmed()));
    }

    /** The line above the genres: saved, or what Enter will save. */
    public String draftSummary() {
        int elsewhere = unsavedElsewhere();
        String here = selectionSummary();
        if (elsewhere == 0) return here;
        String kept = "unsaved ticks kept on " + elsewhere + " other poster" + (elsewhere == 1 ? "" : "s");
        return here.isEmpty() ? kept : here + " · " + kept;
    }

    private String selectionSummary() {
        if (targets.isEmpty()) return "";
        if (targets.size() > 1) {
            long changing = targets.stream().filter(t -> !draft(t).equals(t.confirmed())).count();
            return changing == 0 ? "Nothing to save: ticked genres are saved on all " + targets.size() + " posters"
                    : "Not saved yet — Enter saves the ticked genres on " + changing + " of " + targets.size() + " posters";
        }
        LabelState only = targets.getFirst();
        Set<String> draft = draft(only);
        String list = draft.isEmpty() ? "no genre" : String.join(", ", draft);
        if (draft.equals(only.confirmed())) return draft.isEmpty() ? "No genre ticked — tick with the keys, Enter saves"
                : "Saved: " + list;
        return "Not saved yet — Enter saves: " + list;
    }

    /** Rows in vocabulary order (keys keep their place), with draft and saved coverage across the selection. */
    public List<GenreRow> rows() {
        List<GenreRow> rows = new ArrayList<>();
        KeyMap keys = keyMap.get();
        List<Set<String>> drafts = targets.stream().map(this::draft).toList();
        LabelState only = targets.size() == 1 ? targets.getFirst() : null;
        for (String g : vocabulary) {
            int inDraft = 0, saved = 0;
            boolean changed = false;
            for (int i = 0; i < targets.size(); i++) {
                boolean d = drafts.get(i).contains(g), c = targets.get(i).confirmed().contains(g);
                inDraft += d ? 1 : 0;
                saved += c ? 1 : 0;
                changed |= d != c;
            }
            Double confidence = only == null ? null : model(only).get(g);
            Double judgedBy = only == null ? null : judgedBy(only, g);
            rows.add(new GenreRow(g, keys.label(g), confidence, thresholds.effective(g, judgedBy),
                    thresholds.classify(g, confidence, judgedBy), coverage(inDraft), coverage(saved), changed));
        }
        return rows;
    }

    private GenreRow.Coverage coverage(int carrying) {
        return carrying == 0 ? GenreRow.Coverage.NONE
                : carrying == targets.size() ? GenreRow.Coverage.ALL : GenreRow.Coverage.SOME;
    }

    private static Set<Long> ids(List<LabelState> states) {
        Set<Long> ids = new java.util.HashSet<>();
        states.forEach(t -> ids.add(t.posterId()));
        return ids;
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
