package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adding and removing genres on many posters at once (`affiche label --add/--remove`): each poster's confirmed
 * genres, changed, become the curator's, as an edit in the window would; a poster the change leaves as it was is not
 * written. All posters in one transaction (one user action).
 */
public final class BulkLabels {
    private BulkLabels() {
    }

    /** One poster's confirmed genres before and after. */
    public record Change(long posterId, Set<String> before, Set<String> after) {
    }

    /** What the change would do; {@code unchanged} counts posters it leaves as they are. */
    public record Plan(List<Change> changes, int unchanged) {
        public Plan {
            changes = List.copyOf(changes);
        }
    }

    /** Reads the posters' confirmed genres and works out the new ones; genres are the vocabulary's spelling. */
    public static Plan plan(Catalogue catalogue, Collection<Long> posterIds, Set<String> add, Set<String> remove) {
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (long id : posterIds) {
            Set<String> before = new TreeSet<>();
            for (GenreLabel l : catalogue.labels(id)) if (l.source().confirmed()) before.add(l.genre());
            Set<String> after = new TreeSet<>(before);
            after.addAll(add);
            after.removeIf(g -> remove.stream().anyMatch(r -> r.equalsIgnoreCase(g)));
            if (after.equals(before)) unchanged++;
            else changes.add(new Change(id, before, after));
        }
        return new Plan(changes, unchanged);
    }

    /** Writes the plan as curator labels, every poster in one transaction. */
    public static void apply(Catalogue catalogue, Plan plan) {
        List<LabelUpdate> updates = new ArrayList<>();
        for (Change c : plan.changes()) updates.add(new LabelUpdate(c.posterId(), null, null, c.after(), LabelSource.CURATOR));
        if (!updates.isEmpty()) catalogue.applyLabelUpdates(updates);
    }

    /** The vocabulary's spelling of each name; unknown ones are refused, naming them and what is known. */
    public static Set<String> canonical(Catalogue catalogue, Collection<String> names) {
        List<String> vocabulary = catalogue.genreVocabulary();
        Set<String> out = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String n : names) {
            String s = n.strip();
            if (s.isEmpty()) continue;
            vocabulary.stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))).findFirst()
                    .ifPresentOrElse(out::add, () -> unknown.add(s));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown genre(s) " + String.join(", ", unknown) + "; known: "
                    + String.join(", ", vocabulary) + " (--add-genre adds new ones to the vocabulary)");
        }
        return out;
    }
}
