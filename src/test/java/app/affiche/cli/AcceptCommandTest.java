package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** `affiche accept [filter]` through the real command line on a real catalogue file. */
class AcceptCommandTest {
    @TempDir
    Path dir;

    private final long[] ids = new long[6];

    private Path catalogue() {
        Path db = dir.resolve("c.db");
        try (Catalogue c = Catalogue.open(db)) {
            for (int i = 0; i < 5; i++) ids[i] = c.addPoster(TestPosters.fake(i)); // 1950 to 1954
            ids[5] = c.addPoster(TestPosters.fake(10)); // 1960
            c.setModelLabels(ids[0], Map.of("Drama", 0.8, "Horror", 0.3), Map.of("Drama", 0.5, "Horror", 0.5));
            c.setModelLabels(ids[1], Map.of("Comedy", 0.7), Map.of("Comedy", 0.5));
            c.setConfirmedLabels(ids[1], Set.of("Western"), LabelSource.IMPORT);
            c.setModelLabels(ids[2], Map.of("War", 0.4), Map.of("War", 0.5)); // in the band below: never in bulk
            c.setModelLabels(ids[3], Map.of("Crime", 0.9)); // stored without its threshold
            c.setModelLabels(ids[5], Map.of("Western", 0.61, "Action", 0.7), Map.of("Western", 0.6, "Action", 0.3));
        }
        return db;
    }

    private CliRun affiche(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--catalogue";
        all[1] = dir.resolve("c.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private Set<String> curator(long id) {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            return c.labels(id).stream().filter(l -> l.source() == LabelSource.CURATOR).map(GenreLabel::genre)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void acceptsSuggestionsAtOrAboveThresholdForTheFilteredPostersWithADryRunFirst() {
        catalogue();
        CliRun dry = affiche("accept", "--decade", "1950s", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("Would accept 1 suggestion(s) on 1 poster(s) as curator labels (dry run: "
                + "nothing written); 5 poster(s) matched, left as they are: 1 already have confirmed genres, 1 have "
                + "no suggestion at or above its threshold, 1 not tagged yet"), dry.out());
        assertTrue(dry.out().contains("1 poster(s) have suggestions stored without their threshold"), dry.out());
        assertTrue(dry.out().lines().anyMatch(l -> l.contains("Poster 0") && l.endsWith("Drama")), dry.out());
        assertEquals(Set.of(), curator(ids[0]), "a dry run writes nothing");

        CliRun json = affiche("accept", "--decade", "1950s", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(1, o.get("acceptedPosters").getAsInt());
        assertEquals(1, o.get("noThreshold").getAsInt());
        assertEquals(Set.of("Drama"), curator(ids[0]), "Horror is in the band below its threshold");
        assertEquals(Set.of(), curator(ids[1]), "imported genres are kept as they are");
        assertEquals(Set.of(), curator(ids[2]));
        assertEquals(Set.of(), curator(ids[5]), "outside the filter");

        CliRun all = affiche("accept");
        assertTrue(all.out().contains("Accepted 2 suggestion(s) on 1 poster(s) as curator labels; 6 poster(s) matched, "
                + "left as they are: 2 already have confirmed genres"), all.out());
        assertEquals(Set.of("Action", "Western"), curator(ids[5]));
    }

    @Test
    void aBadFilterIsAUsageErrorAndChangesNothing() {
        catalogue();
        CliRun genre = affiche("accept", "--genre", "Nope");
        assertEquals(AfficheCommand.USAGE, genre.exitCode());
        assertTrue(genre.err().contains("unknown genre 'Nope'; known: "), genre.err());
        CliRun decade = affiche("accept", "--decade", "19x0s");
        assertEquals(AfficheCommand.USAGE, decade.exitCode());
        assertTrue(decade.err().contains("not a decade: 19x0s"), decade.err());
        assertEquals(Set.of(), curator(ids[0]));
    }
}
