package app.affiche.cli;

import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;
import app.affiche.embedding.ModelStore;
import app.affiche.heads.HeadsException;
import app.affiche.heads.TrainingReport;
import app.affiche.poster.AffichePaths;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Shared bits of the heads commands: the default encoder and how a training report is printed. */
final class HeadsCli {
    /** The built-in manifest's default encoder, for option defaults. */
    static final String DEFAULT_ENCODER = builtInDefault();

    private HeadsCli() {
    }

    /**
     * The encoder a heads command works with: the one asked for, else the default of the manifest in force (the
     * per-user encoders.json may change it), so `train`, `tag` and `predict` follow what `embed` chose.
     */
    static String resolve(AffichePaths paths, String requested) {
        if (requested != null) return requested;
        try {
            return ModelStore.open(paths.models()).manifest().defaultId();
        } catch (EncoderException e) {
            return DEFAULT_ENCODER;
        }
    }

    /**
     * Moves a thresholds.json left by an older window into the catalogue (once; for the encoders with heads and this
     * one), so the command judges by the thresholds the curator set there.
     */
    static void migrateThresholdsFile(AfficheCommand root, app.affiche.catalogue.Catalogue catalogue, String encoder) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(catalogue.encodersWithHeads());
        ids.add(encoder);
        app.affiche.pipeline.LegacyThresholdsFile.migrate(catalogue, root.paths().home(), ids);
    }

    /**
     * The curator's thresholds for an encoder: the catalogue's, after moving a thresholds.json in; a catalogue opened
     * only to read cannot take the file, so its thresholds are read from it as they are.
     */
    static app.affiche.poster.CuratorThresholds curator(AfficheCommand root, app.affiche.catalogue.Catalogue catalogue,
                                                        String encoder) {
        migrateThresholdsFile(root, catalogue, encoder);
        app.affiche.poster.CuratorThresholds stored = catalogue.curatorThresholds(encoder);
        if (!stored.isEmpty() || !catalogue.readOnly()) return stored;
        return app.affiche.pipeline.LegacyThresholdsFile.peek(catalogue, root.paths().home()).orElse(stored);
    }

    /** Opens the named installed encoder (null = the manifest's default); failures become a plain message. */
    static Encoder openEncoder(AffichePaths paths, String id) {
        try {
            ModelStore store = ModelStore.open(paths.models());
            return Encoders.openInstalled(store, id, Encoders.Options.defaults(), System.err::println);
        } catch (EncoderException e) {
            throw new HeadsException(e.getMessage());
        }
    }

    private static String builtInDefault() {
        try {
            return Manifest.builtIn().defaultId();
        } catch (EncoderException e) {
            throw new IllegalStateException("the jar's encoder manifest is unreadable: " + e.getMessage(), e);
        }
    }

    static String describe(TrainingReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "trained on %d confirmed posters, encoder %s, in %.1f s%n", r.samples(),
                r.encoderId(), r.millis() / 1000.0));
        b.append(String.format(Locale.ROOT, "%-8s %7s %7s %8s %8s %7s  %s%n", "scope", "samples", "trained", "micro", "macro", "time", "skipped"));
        for (TrainingReport.Scope s : r.scopes()) {
            if (s.untrained() != null) {
                b.append(String.format(Locale.ROOT, "%-8s %7d %7s  %s%n", s.scope(), s.samples(), "-", s.untrained()));
                continue;
            }
            b.append(String.format(Locale.ROOT, "%-8s %7d %7d %8.3f %8.3f %6.1fs  %s%n", s.scope(), s.samples(),
                    s.genreF1().size(), s.microF1(), s.macroF1(), s.millis() / 1000.0, skipped(s.skipped())));
        }
        r.scopes().stream().filter(s -> s.untrained() == null && s.scope().equals("global")).findFirst()
                .ifPresent(s -> genreF1(b, s));
        b.append(String.format(Locale.ROOT, "decade head: %s (%d posters with a year)%n",
                r.decadeHeadDecades().isEmpty() ? "untrained (needs posters from two decades)"
                        : String.join(" ", r.decadeHeadDecades()), r.decadeHeadSamples()));
        if (r.decade() != null) {
            b.append(String.format(Locale.ROOT, "decade head out of fold: within one decade %.0f %%", 100 * r.decade().within1()));
            if (r.decade().pre1980() > 0)
                b.append(String.format(Locale.ROOT, ", %.0f %% of %d pre-1980 posters", 100 * r.decade().pre1980Within1(),
                        r.decade().pre1980()));
            b.append("\ndecade prior: ").append(r.decade().prior()).append('\n');
        }
        b.append("(micro/macro: out-of-fold F1 at the chosen thresholds)\n");
        return b.toString();
    }

    /** The global scope's out-of-fold F1 per genre, by name: the decade scopes' would be a table of mostly noise. */
    private static void genreF1(StringBuilder b, TrainingReport.Scope s) {
        if (s.genreF1().isEmpty()) return;
        b.append("genre F1 (global, out of fold):\n");
        new TreeMap<>(s.genreF1()).forEach((g, f1) -> b.append(String.format(Locale.ROOT, "  %-18s %.3f%n", g, f1)));
    }

    private static String skipped(Map<String, String> s) {
        if (s.isEmpty()) return "-";
        StringBuilder b = new StringBuilder();
        s.forEach((g, why) -> b.append(b.isEmpty() ? "" : "; ").append(g).append(" (").append(why).append(')'));
        return b.toString();
    }
}
