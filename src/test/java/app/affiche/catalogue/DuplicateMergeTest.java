package app.affiche.catalogue;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** Merging copies on a real SQLite catalogue: no curator label, title or year is lost, the copies' paths stay known. */
class DuplicateMergeTest extends EngineCase {

    @Test
    void everyCuratorLabelTitleAndYearOfTheGroupEndsOnTheKeptPoster() {
        try (Catalogue c = open("catalogue.db")) {
            long keep = c.addPoster(TestPosters.fake(1));
            long copy = c.addPoster(TestPosters.fake(2));
            long other = c.addPoster(TestPosters.fake(3));
            long bystander = c.addPoster(TestPosters.fake(4));
            c.setConfirmedLabels(keep, Set.of("Drama"), LabelSource.IMPORT); // the kept one only imported
            c.setConfirmedLabels(copy, Set.of("Horror"), LabelSource.CURATOR);
            c.setTitleAndYear(copy, null, 1961);
            c.setConfirmedLabels(other, Set.of("Horror", "Thriller"), LabelSource.CURATOR);
            c.setTitleAndYear(other, "The Curated Title", null);
            c.setModelLabels(keep, Map.of("Comedy", 0.4));
            c.setConfirmedLabels(bystander, Set.of("Western"), LabelSource.CURATOR);
            c.addPosterPath(copy, "/elsewhere/renamed.jpg");
            String copyPath = c.poster(copy).orElseThrow().path();

            MergedCopies merged = c.mergeCopies(keep, List.of(copy, other));

            assertEquals(List.of(copy, other), merged.removed());
            assertEquals(Set.of("Horror", "Thriller"), merged.curatorGenres());
            assertTrue(c.poster(copy).isEmpty() && c.poster(other).isEmpty(), "the copies are removed");
            assertEquals(Set.of("Horror", "Thriller"), genres(c, keep, LabelSource.CURATOR));
            assertEquals(Set.of(), genres(c, keep, LabelSource.IMPORT), "the curator's genres replace imported ones");
            assertEquals(Set.of("Comedy"), genres(c, keep, LabelSource.MODEL), "its own suggestions stay");
            Poster kept = c.poster(keep).orElseThrow();
            assertEquals("The Curated Title", kept.title());
            assertEquals(LabelSource.CURATOR, kept.titleSource());
            assertEquals(1961, kept.year());
            assertEquals(LabelSource.CURATOR, kept.yearSource());
            assertEquals(keep, c.posterIdByPath(copyPath).orElseThrow(), "a copy's path now finds the kept poster");
            assertEquals(keep, c.posterIdByPath("/elsewhere/renamed.jpg").orElseThrow(), "and so do its own other paths");
            assertEquals(3, merged.pathsRecorded());
            assertEquals(Set.of("Western"), genres(c, bystander, LabelSource.CURATOR), "other posters untouched");
            assertEquals(2, c.count(PosterFilter.ALL));
        }
    }

    @Test
    void withoutACuratorTheImportedGenresOfEveryCopyAreJoinedAndTheKeptTitleStays() {
        try (Catalogue c = open("catalogue.db")) {
            long keep = c.addPoster(TestPosters.fake(1)); // fake posters carry an imported title and year
            long copy = c.addPoster(TestPosters.fake(2));
            c.setConfirmedLabels(keep, Set.of("Drama"), LabelSource.IMPORT);
            c.setConfirmedLabels(copy, Set.of("Crime"), LabelSource.IMPORT);
            c.mergeCopies(keep, List.of(copy));
            assertEquals(Set.of("Crime", "Drama"), genres(c, keep, LabelSource.IMPORT));
            assertEquals("Poster 1", c.poster(keep).orElseThrow().title());
            assertEquals(LabelSource.IMPORT, c.poster(keep).orElseThrow().titleSource());
        }
    }

    @Test
    void aFailedMergeChangesNothing() {
        try (Catalogue c = open("catalogue.db")) {
            long copy = c.addPoster(TestPosters.fake(2));
            c.setConfirmedLabels(copy, Set.of("Horror"), LabelSource.CURATOR);
            assertThrows(CatalogueException.class, () -> c.mergeCopies(999, List.of(copy)));
            assertEquals(Set.of("Horror"), genres(c, copy, LabelSource.CURATOR));
        }
    }

    private static Set<String> genres(Catalogue c, long id, LabelSource source) {
        Set<String> out = new TreeSet<>();
        for (GenreLabel l : c.labels(id)) if (l.source() == source) out.add(l.genre());
        return out;
    }
}
