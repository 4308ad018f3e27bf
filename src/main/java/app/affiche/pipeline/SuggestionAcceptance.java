package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;

/**
 * Accepting the model's suggestions in bulk, by the workbench's rule for Enter on a selection: a poster without
 * confirmed genres gets its suggestions at or above their threshold (never the band below it) as curator labels;
 * one with confirmed genres keeps them as they are. The threshold is the one the heads judged the suggestion by,
 * stored with it; a suggestion stored before the catalogue kept thresholds is not accepted (tag again).
 */
public final class SuggestionAcceptance {
    private SuggestionAcceptance() {
    }

    /** One poster and the genres it gets. */
    public record Accepted(Poster poster, Set<String> genres) {
    }

    /** What accepting would do to the matching posters, and why the others are left alone. */
    public record Plan(int matching, List<Accepted> accepted, int alreadyConfirmed, int belowThreshold,
                       int noThreshold, int untagged) {
        public Plan {
            accepted = List.copyOf(accepted);
        }

        public int genres() {
            return accepted.stream().mapToInt(a -> a.genres().size()).sum();
        }
    }

    /** Reads what accepting would do, by the thresholds the heads judged by; writes nothing. */
    public static Plan plan(Catalogue catalogue, PosterFilter filter) {
        return plan(catalogue, filter, (genre, judgedBy) -> judgedBy);
    }

    /**
     * As {@link #plan(Catalogue, PosterFilter)}, each stored threshold turned into the one in force (the curator's
     * own, {@link TrainedHeads#inForce}), so a suggestion is accepted as the window shows it.
     */
    public static Plan plan(Catalogue catalogue, PosterFilter filter, ToDoubleBiFunction<String, Double> inForce) {
        List<Poster> posters = catalogue.posters(filter);
        List<Accepted> accepted = new ArrayList<>();
        int confirmed = 0;
        int below = 0;
        int noThreshold = 0;
        int untagged = 0;
        for (Poster p : posters) {
            List<GenreLabel> labels = catalogue.labels(p.id());
            if (labels.stream().anyMatch(l -> l.source().confirmed())) {
                confirmed++;
                continue;
            }
            Set<String> genres = new TreeSet<>();
            boolean unjudged = false;
            for (GenreLabel l : labels) {
                if (l.threshold() == null) unjudged = true;
                else if (l.confidence() != null && l.confidence() >= inForce.applyAsDouble(l.genre(), l.threshold()))
                    genres.add(l.genre());
            }
            if (!genres.isEmpty()) accepted.add(new Accepted(p, genres));
            else if (labels.isEmpty()) untagged++;
            else if (unjudged) noThreshold++;
            else below++;
        }
        return new Plan(posters.size(), accepted, confirmed, below, noThreshold, untagged);
    }

    /** Writes the plan's genres as curator labels, all posters in one transaction (one user action). */
    public static void apply(Catalogue catalogue, Plan plan) {
        List<LabelUpdate> updates = new ArrayList<>();
        for (Accepted a : plan.accepted()) {
            updates.add(new LabelUpdate(a.poster().id(), null, null, a.genres(), LabelSource.CURATOR));
        }
        if (!updates.isEmpty()) catalogue.applyLabelUpdates(updates);
    }
}
