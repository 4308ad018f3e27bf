package app.affiche.catalogue;

import java.util.List;
import java.util.Set;

/** What merging a group of copies did: the poster kept, those removed, the curator genres it carries, paths kept. */
public record MergedCopies(long kept, List<Long> removed, Set<String> curatorGenres, int pathsRecorded) {
}
