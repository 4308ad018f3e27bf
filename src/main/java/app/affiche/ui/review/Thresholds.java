package app.affiche.ui.review;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-genre thresholds and the suggestion band below them, applied live: every change bumps {@link #revision()},
 * which views watch to recompute what they show. As in the heads, the band is a fraction of each threshold:
 * probabilities in [threshold × (1 − band), threshold) are "maybe". The heads judge each poster by thresholds of
 * its own (lower before 1980, blended where a decade's heads spoke): a shown poster's threshold is the curator's
 * scaled by the ratio of that threshold to the heads' all-era one, so with no change by the curator the review
 * says exactly what the heads said, and a change moves every era alike.
 */
public final class Thresholds {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final double DEFAULT_BAND = 0.25;

    private final Map<String, DoubleProperty> byGenre = new LinkedHashMap<>();
    private final Map<String, Double> trained = new LinkedHashMap<>();
    private final DoubleProperty band = new SimpleDoubleProperty(DEFAULT_BAND);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ChangeListener<Number> bump = (o, a, b) -> revision.set(revision.get() + 1);

    public Thresholds() {
        band.addListener(bump);
    }

    public DoubleProperty threshold(String genre) {
        return byGenre.computeIfAbsent(genre, g -> {
            DoubleProperty p = new SimpleDoubleProperty(DEFAULT_THRESHOLD);
            p.addListener(bump);
            return p;
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

    /** Replaces all thresholds at once with the all-era ones of freshly trained heads. */
    public void setAll(Map<String, Double> thresholds) {
        trained.clear();
        trained.putAll(thresholds);
        thresholds.forEach((g, t) -> threshold(g).set(t));
        revision.set(revision.get() + 1);
    }

    public Map<String, Double> values() {
        Map<String, Double> out = new LinkedHashMap<>();
        byGenre.forEach((g, p) -> out.put(g, p.get()));
        return out;
    }
}
