package app.affiche.catalogue;

import java.util.Map;

/**
 * Who writes, and which version of each poster he saw (from {@link Catalogue#posterVersion}). A write whose poster
 * has moved on since is refused with {@link StaleEditException}, so two curators never silently lose an edit; a
 * poster he names no version for is written without the check (commands, imports).
 */
public record CuratorEdit(String curator, Map<Long, Long> seenVersions) {
    public CuratorEdit {
        seenVersions = Map.copyOf(seenVersions);
    }

    /** The curator running this process (OS user @ host), checking nothing. */
    public static CuratorEdit unchecked() {
        return new CuratorEdit(Curator.current(), Map.of());
    }

    public CuratorEdit seeing(Map<Long, Long> versions) {
        return new CuratorEdit(curator, versions);
    }
}
