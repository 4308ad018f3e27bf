package app.affiche.cli;

import app.affiche.pipeline.DistinctPairs;
import app.affiche.pipeline.DuplicateBench;
import app.affiche.pipeline.DuplicateVariants;
import app.affiche.similar.DuplicateRule;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The rules `bench duplicates` compares, and its tables. */
final class BenchDuplicateRules {
    /** pHash bits beyond which no compared rule joins a pair (the distinct check skips the rest). */
    static final int WIDEST_BITS = 28;

    private BenchDuplicateRules() {
    }

    static String name(DuplicateRule r) {
        return r.looseBits() == r.sureBits() ? "pHash<=" + r.sureBits()
                : String.format(Locale.ROOT, "pHash<=%d | pHash<=%d & cos>=%.2f", r.sureBits(), r.looseBits(), r.minCosine());
    }

    static Map<String, DuplicateBench.PairRule> all(boolean embeddings) {
        Map<String, DuplicateBench.PairRule> rules = new LinkedHashMap<>();
        for (int t : new int[]{4, 6, 8, 10, 12, 14, 16, 20}) rules.put("pHash<=" + t, (p, d, c) -> p <= t);
        for (int t : new int[]{4, 6, 8, 10, 12, 14}) rules.put("dHash<=" + t, (p, d, c) -> d <= t);
        if (!embeddings) return rules;
        for (double m : new double[]{0.80, 0.85, 0.90, 0.93, 0.95, 0.97}) {
            rules.put(String.format(Locale.ROOT, "cos>=%.2f", m), (p, d, c) -> c >= m);
        }
        for (int sure : new int[]{6, 8, 10}) {
            for (int loose : new int[]{16, 22, 28}) {
                for (double m : new double[]{0.85, 0.90, 0.95}) {
                    DuplicateRule r = new DuplicateRule(sure, loose, m);
                    rules.put(name(r), (p, d, c) -> r.copies(p, c));
                }
            }
        }
        DuplicateRule def = DuplicateRule.DEFAULT;
        rules.putIfAbsent(name(def), (p, d, c) -> def.copies(p, c));
        return rules;
    }

    /** Prints one line per rule; returns the best by F1 (fewer false pairs on a tie). */
    static DuplicateBench.Score table(DuplicateBench.Pairs pairs, Map<String, DuplicateBench.PairRule> rules, PrintStream out) {
        out.printf(Locale.ROOT, "%-34s", "rule (recall per kind of copy)");
        for (DuplicateVariants v : DuplicateVariants.values()) out.printf(Locale.ROOT, " %12s", v.name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, " %8s %7s %9s %6s%n", "recall", "false", "precision", "F1");
        DuplicateBench.Score best = null;
        for (var e : rules.entrySet()) {
            DuplicateBench.Score s = pairs.score(e.getKey(), e.getValue());
            out.printf(Locale.ROOT, "%-34s", s.rule());
            for (double r : s.recallByKind()) out.printf(Locale.ROOT, " %12.3f", r);
            out.printf(Locale.ROOT, " %8.3f %7d %9.4f %6.3f%n", s.recall(), s.falsePairs(), s.precision(), s.f1());
            if (best == null || s.f1() > best.f1() || s.f1() == best.f1() && s.falsePairs() < best.falsePairs()) best = s;
        }
        return best;
    }

    /** Pairs each hash or combined rule joins among distinct posters, and the closest pairs to look at by eye. */
    static void distinct(DistinctPairs d, Map<String, DuplicateBench.PairRule> rules, PrintStream out) {
        out.printf(Locale.ROOT, "distinct posters: %,d (%,d pairs, %,d with an embedding in the eval cache); pairs joined:%n",
                d.size(), d.pairs(), d.withEmbedding());
        for (var e : rules.entrySet()) {
            if (e.getKey().startsWith("cos") || e.getKey().startsWith("dHash")) continue; // every pair's cosine: too slow
            out.printf(Locale.ROOT, "  %-34s %,8d%n", e.getKey(), d.joined(e.getValue(), WIDEST_BITS));
        }
        DuplicateRule def = DuplicateRule.DEFAULT;
        out.printf(Locale.ROOT, "distinct pairs the rule in force (%s) joins (look at them: the same art twice is a real duplicate):%n",
                name(def));
        for (DistinctPairs.Close c : d.joinedPairs((p, x, cos) -> def.copies(p, cos), WIDEST_BITS, 30)) {
            out.printf(Locale.ROOT, "  %2d bits  cos %.3f  %s  %s%n", c.bits(), c.cosine(), c.a(), c.b());
        }
        out.println("closest distinct pairs by pHash:");
        for (DistinctPairs.Close c : d.closest(12)) {
            out.printf(Locale.ROOT, "  %2d bits  cos %.3f  %s  %s%n", c.bits(), c.cosine(), c.a(), c.b());
        }
    }
}
