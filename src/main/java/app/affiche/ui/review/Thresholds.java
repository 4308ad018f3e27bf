package app.affiche.ui.review;

import app.affiche.poster.CuratorThresholds;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Per-genre thresholds and the suggestion band below them, applied live: every change bumps {@link #revision()},
 * which views watch to recompute what they show. As in the heads, the band is a fraction of each threshold:
 * probabilities in [threshold × (1 − band), threshold) are "maybe". The heads judge each poster by thresholds of
 * its own (lower before 1980, blended where a decade's heads spoke): a shown poster's threshold is the curator's
 * scaled by the ratio of that threshold to the heads' all-era one, so with no change by the curator the review
 * says exactly what the heads said, and a change moves every era alike. A threshold the curator moved is his: newly
 * trained heads bring their own thresholds for the others, never for it, until he resets it.
 */
public final class Thresholds {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final double DEFAULT_BAND = 0.25;

    private final Map<String, DoubleProperty> byGenre = new LinkedHashMap<>();
    private final Map<String, Double> trained = new LinkedHashMap<>();
    private final Set<String> tuned = new LinkedHashSet<>();
    private boolean applying;
    private boolean bandTuned;
    private double trainedBand = DEFAULT_BAND;
    private final DoubleProperty band = new SimpleDoubleProperty(DEFAULT_BAND);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    /** Set while the heads' values are put in: watchers then see one revision for all of them, not one per genre. */
    private boolean changedWhileApplying;
    private final ChangeListener<Number> bump = (o, a, b) -> {
        if (applying) changedWhileApplying = true;
        else revision.set(revision.get() + 1);
    };

    public Thresholds() {
        band.addListener((o, a, b) -> bandTuned |= !applying);
        band.addListener(bump);
    }

    public DoubleProperty threshold(String genre) {
        return byGenre.computeIfAbsent(genre, g -> {
            DoubleProperty p = new SimpleDoubleProperty(DEFAULT_THRESHOLD);
            // marked first, so whoever watches the revision sees the curator's move as his
            p.addListener((o, a, b) -> {
                if (!applying) tuned.add(g);
            });
            p.addListener(bump);
            return p;
        });
    }

    /** Whether the loaded heads have a threshold of their own for this genre (it was trained). */
    public boolean isTrained(String genre) {
        return trained.containsKey(genre);
    }

    /** The loaded heads' own threshold for a genre, or null when it was not trained. */
    public Double trained(String genre) {
        return trained.get(genre);
    }

    /** Genres whose threshold the curator moved (kept across retraining), in the order he moved them. */
    public Set<String> tuned() {
        return Set.copyOf(tuned);
    }

    /** What the curator set himself, now (null band: the heads'), as the catalogue keeps it between sessions. */
    public CuratorThresholds tunedValues() {
        Map<String, Double> genres = new LinkedHashMap<>();
        tuned.forEach(g -> genres.put(g, threshold(g).get()));
        return new CuratorThresholds(genres, bandTuned ? band.get() : null);
    }

    /**
     * Makes these the curator's own thresholds, replacing any set before (another encoder's heads have their own);
     * the heads loaded next give the other genres their values.
     */
    public void restore(CuratorThresholds t) {
        tuned.clear();
        bandTuned = false;
        t.genres().forEach((g, v) -> {
            threshold(g).set(v);
            tuned.add(g);
        });
        if (t.band() != null) {
            band.set(t.band());
            bandTuned = true;
        }
    }

    /** What to tell the curator after new heads loaded, when some of his own thresholds were kept. */
    public java.util.Optional<String> keptNote() {
        return tuned.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("Your own thresholds kept for "
                + String.join(", ", tuned) + " (Thresholds… shows the heads' own and can reset them)");
    }

    /** Puts every threshold and the band back to the loaded heads' own. */
    public void resetToTrained() {
        tuned.clear();
        bandTuned = false;
        apply(() -> {
            band.set(trainedBand);
            trained.forEach((g, t) -> threshold(g).set(t));
        });
    }

    public DoubleProperty band() {
        return band;
    }

    public IntegerProperty revision() {
        return revision;
    }

    /** The threshold for a poster the heads judged by {@code judgedBy} for this genre (null: not known). */
    public double effective(String genre, Double judgedBy) {
        double curator = threshold(genre).get();
        Double base = trained.get(genre);
        return judgedBy == null || base == null || base <= 0 ? curator : curator * judgedBy / base;
    }

    public Suggestion classify(String genre, Double probability) {
        return classify(genre, probability, null);
    }

    public Suggestion classify(String genre, Double probability, Double judgedBy) {
        if (probability == null) return Suggestion.NONE;
        double t = effective(genre, judgedBy);
        if (probability >= t) return Suggestion.LIKELY;
        if (probability >= t * (1 - band.get())) return Suggestion.MAYBE;
        return Suggestion.NONE;
    }

    /**
     * Takes the all-era thresholds and band of freshly loaded heads, except where the curator set his own: those stay.
     */
    public void setAll(Map<String, Double> thresholds, double trainedBand) {
        trained.clear();
        trained.putAll(thresholds);
        this.trainedBand = trainedBand;
        apply(() -> {
            if (!bandTuned) band.set(trainedBand);
            thresholds.forEach((g, t) -> {
                if (!tuned.contains(g)) threshold(g).set(t);
            });
        });
        if (!changedWhileApplying) revision.set(revision.get() + 1); // new heads, even with the same values
    }

    /** As {@link #setAll(Map, double)}, keeping the band. */
    public void setAll(Map<String, Double> thresholds) {
        setAll(thresholds, band.get());
    }

    private void apply(Runnable change) {
        applying = true;
        changedWhileApplying = false;
        try {
            change.run();
        } finally {
            applying = false;
        }
        if (changedWhileApplying) revision.set(revision.get() + 1);
    }

    public Map<String, Double> values() {
        Map<String, Double> out = new LinkedHashMap<>();
        byGenre.forEach((g, p) -> out.put(g, p.get()));
        return out;
    }
}
