package app.affiche.heads;

import app.affiche.poster.CuratorThresholds;
import app.affiche.poster.Decade;
import app.affiche.poster.Prediction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Applies trained heads to one embedding. The decade head always speaks when trained; a known year selects the
 * matching decade's heads (blended with the global ones), sets the decade feature and picks the era's thresholds;
 * otherwise the decade head's probabilities stand in for both. The curator's own thresholds, where given, decide which
 * genres are above threshold or suggested (each scaled as {@link CuratorThresholds#inForce} says), while the
 * prediction's {@code thresholds} stay the heads' own judgement, which is what the catalogue keeps with a suggestion.
 * Thread-safe (immutable).
 */
public final class Predictor {
    private final Heads heads;
    private final CuratorThresholds curator;

    public Predictor(Heads heads) {
        this(heads, CuratorThresholds.NONE);
    }

    public Predictor(Heads heads, CuratorThresholds curator) {
        this.heads = heads;
        this.curator = curator;
    }

    /** The same heads judging by these curator thresholds. */
    public Predictor withCurator(CuratorThresholds thresholds) {
        return new Predictor(heads, thresholds);
    }

    public CuratorThresholds curator() {
        return curator;
    }

    /** The heads' own all-era threshold per trained genre (what a curator's threshold replaces). */
    public Map<String, Double> ownThresholds() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (GenreHead g : heads.global().heads()) m.put(g.genre(), g.threshold());
        return m;
    }

    /** The threshold in force for a genre the heads judged by {@code judgedBy}. */
    public double inForce(String genre, double judgedBy) {
        GenreHead g = heads.global().head(genre);
        return curator.inForce(genre, judgedBy, g == null ? null : g.threshold());
    }

    public Heads heads() {
        return heads;
    }

    public String encoderId() {
        return heads.encoderId();
    }

    public Prediction predict(float[] embedding, Integer knownYear) {
        FeatureTransform tf = heads.transform();
        List<String> spoke = new ArrayList<>();
        SortedMap<Decade, Double> decadeProbs = new TreeMap<>();
        double[] soft = null;
        if (heads.decadeHead() != null) {
            decadeProbs = decadeOdds(embedding);
            soft = new double[tf.decades().size()];
            for (int k = 0; k < soft.length; k++) soft[k] = decadeProbs.getOrDefault(tf.decades().get(k), 0.0);
            spoke.add("decade");
        }
        Decade known = knownYear == null ? null : Decade.ofYear(knownYear);
        double pre1980 = knownYear != null ? (knownYear < HeadsEvaluator.ERA_SPLIT ? 1 : 0) : pre1980(decadeProbs);
        double[] x = tf.apply(embedding, known != null ? tf.oneHot(known) : soft);
        HeadSet local = known == null ? null : heads.perDecade().get(known);
        Map<Decade, Double> mix = known == null ? undatedMix(decadeProbs) : Map.of();
        double w = local == null && mix.isEmpty() ? 0 : heads.config().decadeBlend();
        spoke.add(0, "global");
        if (local != null) spoke.add(1, local.scope());
        if (!mix.isEmpty()) spoke.add(1, "decades mixed");
        Map<String, Double> probs = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        List<String> genres = new ArrayList<>();
        List<String> suggested = new ArrayList<>();
        for (GenreHead g : heads.global().heads()) {
            GenreHead l = local == null ? null : local.head(g.genre());
            double p = g.probability(x);
            double t = g.threshold(pre1980);
            double s = g.suggestFrom(pre1980);
            if (l != null) {
                p = (1 - w) * p + w * l.probability(x);
                t = (1 - w) * t + w * l.threshold();
                s = (1 - w) * s + w * l.suggestFrom();
            } else if (!mix.isEmpty()) {
                double lp = 0, lt = 0, ls = 0, rest = 1;
                for (var e : mix.entrySet()) {
                    GenreHead h = heads.perDecade().get(e.getKey()).head(g.genre());
                    if (h == null) continue;
                    lp += e.getValue() * h.probability(x);
                    lt += e.getValue() * h.threshold();
                    ls += e.getValue() * h.suggestFrom();
                    rest -= e.getValue();
                }
                p = (1 - w) * p + w * (lp + rest * p);
                t = (1 - w) * t + w * (lt + rest * t);
                s = (1 - w) * s + w * (ls + rest * s);
            }
            probs.put(g.genre(), p);
            thresholds.put(g.genre(), t);
            double in = curator.inForce(g.genre(), t, g.threshold());
            double from = curator.band() != null ? in * (1 - curator.band()) : t > 0 ? s * in / t : s;
            if (p >= in) genres.add(g.genre());
            else if (p >= from) suggested.add(g.genre());
        }
        genres.sort((a, b) -> Double.compare(probs.get(b), probs.get(a)));
        suggested.sort((a, b) -> Double.compare(probs.get(b), probs.get(a)));
        return new Prediction(probs, genres, suggested, decadeProbs, spoke, thresholds, pre1980);
    }

    /**
     * The decade head's probability of each decade that has heads of its own (empty when none has): an undated
     * scan gets those heads mixed by these odds (5 folds, years hidden: weighted-F1 +0.002, macro +0.003, pre-1980
     * weighted +0.004 against the global heads alone).
     */
    private Map<Decade, Double> undatedMix(SortedMap<Decade, Double> decadeProbs) {
        Map<Decade, Double> m = new TreeMap<>();
        for (var e : decadeProbs.entrySet()) if (heads.perDecade().containsKey(e.getKey())) m.put(e.getKey(), e.getValue());
        return m;
    }

    /** How likely an undated poster is to be from before 1980, by the decade head (0 without one). */
    private static double pre1980(SortedMap<Decade, Double> decadeProbs) {
        double p = 0;
        for (var e : decadeProbs.entrySet()) if (e.getKey().start() < HeadsEvaluator.ERA_SPLIT) p += e.getValue();
        return Math.min(1, p);
    }

    /** The decade head's probability per decade from the image alone (no known year); empty without a decade head. */
    public SortedMap<Decade, Double> decadeOdds(float[] embedding) {
        if (heads.decadeHead() == null) return new TreeMap<>();
        return heads.decadeHead().asMap(heads.decadeHead().probabilities(heads.transform().apply(embedding, null)));
    }

    /** The decade estimate for an embedding, or null without a decade head. */
    public Decade estimateDecade(float[] embedding) {
        if (heads.decadeHead() == null) return null;
        return heads.decadeHead().best(heads.decadeHead().probabilities(heads.transform().apply(embedding, null)));
    }
}
