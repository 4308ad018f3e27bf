package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * The review's least-certain-first walk, the order an active-learning curator wants: the posters still awaiting
 * review (model suggestions, no confirmed genre) whose closest suggestion lies nearest its threshold in force come
 * first. Computed once in the background, as a list; a suggestion stored without its threshold counts as certain
 * (it cannot be placed), so those come last.
 */
public final class ReviewOrder {
    private ReviewOrder() {
    }

    /** A poster awaiting review and how far its most doubtful suggestion is from its threshold. */
    public record Ranked(long posterId, double margin) {
    }

    /** The matching posters awaiting review, least certain first (ties by id). */
    public static List<Ranked> leastCertainFirst(Catalogue catalogue, PosterFilter filter,
                                                 ToDoubleBiFunction<String, Double> inForce) {
        PosterFilter awaiting = new PosterFilter(filter.genre(), filter.decade(), Boolean.TRUE, filter.titleContains(),
                Integer.MAX_VALUE, 0, Boolean.TRUE);
        List<Ranked> out = new ArrayList<>();
        for (Poster p : catalogue.posters(awaiting)) {
            double margin = Double.POSITIVE_INFINITY;
            for (GenreLabel l : catalogue.labels(p.id())) {
                if (l.source() != LabelSource.MODEL || l.confidence() == null || l.threshold() == null) continue;
                margin = Math.min(margin, Math.abs(l.confidence() - inForce.applyAsDouble(l.genre(), l.threshold())));
            }
            out.add(new Ranked(p.id(), margin));
        }
        out.sort(Comparator.comparingDouble(Ranked::margin).thenComparingLong(Ranked::posterId));
        return out;
    }
}
