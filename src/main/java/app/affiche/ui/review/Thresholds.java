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
 * probabilities in [threshold × (1 − band), threshold) are "maybe"; and a poster from before 1980 has each
 * threshold scaled by the heads' own pre-1980 / all-era ratio for that genre (see {@code GenreHead}).
 */
public final class Thresholds {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final double DEFAULT_BAND = 0.25;

    private final Map<String, DoubleProperty> byGenre = new LinkedHashMap<>();
    private final Map<String, Double> pre1980Ratio = new LinkedHashMap<>();
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

    /** The threshold for a poster from before 1980 with probability {@code pre1980} (1 or 0 once dated). */
    public double effective(String genre, double pre1980) {
        return threshold(genre).get() * (1 - pre1980 + pre1980 * pre1980Ratio.getOrDefault(genre, 1.0));
    }

    public Suggestion classify(String genre, Double probability) {
        return classify(genre, probability, 0);
    }

    public Suggestion classify(String genre, Double probability, double pre1980) {
        if (probability == null) return Suggestion.NONE;
        double t = effective(genre, pre1980);
        if (probability >= t) return Suggestion.LIKELY;
        if (probability >= t * (1 - band.get())) return Suggestion.MAYBE;
        return Suggestion.NONE;
    }

    /**
     * Replaces all thresholds at once (e.g. the calibrated ones of freshly trained heads) with the heads' pre-1980
     * thresholds as ratios to them, so that a curator's change to a genre's threshold moves both.
     */
    public void setAll(Map<String, Double> thresholds, Map<String, Double> pre1980Thresholds) {
        pre1980Ratio.clear();
        pre1980Thresholds.forEach((g, t) -> {
            Double all = thresholds.get(g);
            if (all != null && all > 0) pre1980Ratio.put(g, t / all);
        });
        thresholds.forEach((g, t) -> threshold(g).set(t));
        revision.set(revision.get() + 1);
    }

    public Map<String, Double> values() {
        Map<String, Double> out = new LinkedHashMap<>();
        byGenre.forEach((g, p) -> out.put(g, p.get()));
        return out;
    }
}
