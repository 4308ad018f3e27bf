package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.similar.DuplicateRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which catalogued posters are copies of one another, for the workbench ("3 copies" on the poster a merge would
 * keep) and the similar panels (a copy is marked, not offered as a similar poster). Built from the stored hashes only
 * (posters from before hashes were kept get theirs from `affiche duplicates`), and rebuilt when the number of
 * posters has changed. Thread-safe; call off the UI thread.
 */
public final class CopyIndex {
    private final java.util.function.Supplier<String> encoderId;
    private Map<Long, DuplicateGroup> groupOf = Map.of();
    private int postersAtBuild = -1;

    /** @param encoderId embeddings that settle near pairs (the encoder running now); null for the hash alone */
    public CopyIndex(java.util.function.Supplier<String> encoderId) {
        this.encoderId = encoderId;
    }

    /** Rebuilds when posters were added or removed since the last build; returns whether it did. */
    public synchronized boolean refresh(Catalogue catalogue) {
        int posters = catalogue.count(PosterFilter.ALL);
        if (posters == postersAtBuild) return false;
        Map<Long, DuplicateGroup> next = new HashMap<>();
        for (DuplicateGroup g : new DuplicateFinder(catalogue, encoderId.get(), DuplicateRule.DEFAULT).groups()) {
            for (long id : g.ids()) next.put(id, g);
        }
        groupOf = next;
        postersAtBuild = posters;
        return true;
    }

    /** The group size when this poster is the one its group keeps; 0 otherwise. */
    public synchronized int copiesKeptBy(long posterId) {
        DuplicateGroup g = groupOf.get(posterId);
        return g != null && g.kept().id() == posterId ? g.members().size() : 0;
    }

    /** Whether the poster is a copy another poster of its group would keep. */
    public synchronized boolean isExtraCopy(long posterId) {
        DuplicateGroup g = groupOf.get(posterId);
        return g != null && g.kept().id() != posterId;
    }

    /** Every poster that is in a group. */
    public synchronized java.util.Set<Long> grouped() {
        return java.util.Set.copyOf(groupOf.keySet());
    }

    /** The other members of the poster's group (empty when it has no copies). */
    public synchronized List<Long> copiesOf(long posterId) {
        DuplicateGroup g = groupOf.get(posterId);
        return g == null ? List.of() : g.ids().stream().filter(id -> id != posterId).toList();
    }
}
