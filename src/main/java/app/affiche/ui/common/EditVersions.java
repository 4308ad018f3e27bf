package app.affiche.ui.common;

import app.affiche.catalogue.Curator;
import app.affiche.catalogue.CuratorEdit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The poster versions one window works from. An edit names the version the curator last saw (read or written);
 * an undo names the version this window's own last write left, so once another curator changed the poster, undo is
 * refused instead of putting back labels over his. Only a shared (PostgreSQL) catalogue is checked: a SQLite one has
 * one curator at a time (its lock), and his own other writes (a labels file imported while reviewing) never
 * conflict with him. Thread-safe (reads run on the page threads, writes on edits).
 */
final class EditVersions {
    private final String curator = Curator.current();
    private final boolean shared;
    private final Map<Long, Long> seen = new HashMap<>();
    private final Map<Long, Long> written = new HashMap<>();

    EditVersions(boolean shared) {
        this.shared = shared;
    }

    synchronized void saw(long posterId, long version) {
        seen.put(posterId, version);
    }

    synchronized void wrote(Map<Long, Long> versions) {
        seen.putAll(versions);
        written.putAll(versions);
    }

    /**
     * This curator's own write elsewhere (the fields panel) moved posters from {@code before} to {@code after}: what
     * was seen or written here at {@code before} is still current, so it follows, and his pending edits stay valid.
     */
    synchronized void followedOwn(Map<Long, Long> before, Map<Long, Long> after) {
        before.forEach((id, v) -> {
            Long now = after.get(id);
            if (now == null) return;
            if (v.equals(seen.get(id))) seen.put(id, now);
            if (v.equals(written.get(id))) written.put(id, now);
        });
    }

    /** For an edit: the versions seen of these posters (a poster never read here is written unchecked). */
    synchronized CuratorEdit edit(Set<Long> posterIds) {
        return new CuratorEdit(curator, pick(seen, posterIds));
    }

    /** For an undo or redo: the versions this window's last writes left. */
    synchronized CuratorEdit undo(Set<Long> posterIds) {
        return new CuratorEdit(curator, pick(written, posterIds));
    }

    private Map<Long, Long> pick(Map<Long, Long> from, Set<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        if (!shared) return out;
        for (long id : ids) {
            Long v = from.get(id);
            if (v != null) out.put(id, v);
        }
        return out;
    }
}
