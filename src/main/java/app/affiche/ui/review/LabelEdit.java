package app.affiche.ui.review;

import app.affiche.catalogue.RemovedPosters;
import app.affiche.poster.LabelSource;
import app.affiche.ui.common.LabelStore;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One undoable label change (command pattern over catalogue calls), each applied and reverted in one catalogue
 * transaction; a batch edit is a {@link Compound} of per-poster genre edits written together. An edit writes curator
 * labels; its undo puts back the genres with the source they had, so an undone edit on imported labels leaves them
 * imported (and a later labels file may update them again).
 */
public sealed interface LabelEdit {
    void apply(LabelStore store);

    void revert(LabelStore store);

    String description();

    Set<Long> posters();

    /** Confirmed genres of one poster, from {@code before} to {@code after}. */
    record Genres(long posterId, Set<String> before, LabelSource beforeSource, Set<String> after, String description)
            implements LabelEdit {
        public Genres {
            before = Set.copyOf(before);
            after = Set.copyOf(after);
        }

        @Override
        public void apply(LabelStore store) {
            store.setCuratorGenres(Map.of(posterId, after));
        }

        @Override
        public void revert(LabelStore store) {
            store.restoreGenres(Map.of(posterId, before), Map.of(posterId, beforeSource));
        }

        @Override
        public Set<Long> posters() {
            return Set.of(posterId);
        }
    }

    /** Title and year of one poster, set as curator; undo puts back the source each had (imported stays imported). */
    record TitleYear(long posterId, String beforeTitle, Integer beforeYear, String afterTitle, Integer afterYear,
                     LabelSource beforeTitleSource, LabelSource beforeYearSource) implements LabelEdit {
        /** Before values of unknown source: undo puts them back as the curator's. */
        public TitleYear(long posterId, String beforeTitle, Integer beforeYear, String afterTitle, Integer afterYear) {
            this(posterId, beforeTitle, beforeYear, afterTitle, afterYear, null, null);
        }

        @Override
        public void apply(LabelStore store) {
            store.setTitleAndYear(posterId, afterTitle, afterYear);
        }

        @Override
        public void revert(LabelStore store) {
            store.restoreTitleAndYear(posterId, beforeTitle, beforeTitleSource, beforeYear, beforeYearSource);
        }

        @Override
        public String description() {
            return "edit title/year";
        }

        @Override
        public Set<Long> posters() {
            return Set.of(posterId);
        }
    }

    /**
     * Posters taken out of the catalogue. Applying keeps what was removed, so undo puts back the same rows;
     * redo removes the posters undo restored.
     */
    final class Removal implements LabelEdit {
        private final Set<Long> posterIds;
        private RemovedPosters removed;

        public Removal(Set<Long> posterIds) {
            this.posterIds = Set.copyOf(posterIds);
        }

        @Override
        public void apply(LabelStore store) {
            removed = store.removePosters(posterIds);
        }

        @Override
        public void revert(LabelStore store) {
            if (removed != null) store.restorePosters(removed);
        }

        @Override
        public String description() {
            return posterIds.size() == 1 ? "remove poster" : "remove " + posterIds.size() + " posters";
        }

        @Override
        public Set<Long> posters() {
            return posterIds;
        }
    }

    /** Several edits done and undone as one step (batch edit of a selection). */
    record Compound(String description, List<LabelEdit> parts) implements LabelEdit {
        public Compound {
            parts = List.copyOf(parts);
        }

        @Override
        public void apply(LabelStore store) {
            if (allGenres()) store.setCuratorGenres(genres(true));
            else parts.forEach(p -> p.apply(store));
        }

        @Override
        public void revert(LabelStore store) {
            if (allGenres()) store.restoreGenres(genres(false), beforeSources());
            else parts.reversed().forEach(p -> p.revert(store));
        }

        private boolean allGenres() {
            return parts.stream().allMatch(p -> p instanceof Genres);
        }

        private Map<Long, Set<String>> genres(boolean after) {
            Map<Long, Set<String>> out = new LinkedHashMap<>();
            for (LabelEdit p : parts) {
                Genres g = (Genres) p;
                out.put(g.posterId(), after ? g.after() : g.before());
            }
            return out;
        }

        private Map<Long, LabelSource> beforeSources() {
            Map<Long, LabelSource> out = new LinkedHashMap<>();
            for (LabelEdit p : parts) out.put(((Genres) p).posterId(), ((Genres) p).beforeSource());
            return out;
        }

        @Override
        public Set<Long> posters() {
            Set<Long> ids = new LinkedHashSet<>();
            parts.forEach(p -> ids.addAll(p.posters()));
            return ids;
        }
    }
}
