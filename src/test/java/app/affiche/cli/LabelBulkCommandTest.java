package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** `affiche label` on many posters at once, through the real command line on a real catalogue file. */
class LabelBulkCommandTest {
    @TempDir
    Path dir;

    private final long[] ids = new long[5];

    private void catalogue() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            for (int i = 0; i < 4; i++) ids[i] = c.addPoster(TestPosters.fake(i)); // 1950 to 1953
            ids[4] = c.addPoster(TestPosters.fake(10)); // 1960
            c.setConfirmedLabels(ids[0], Set.of("Drama", "Horror"), LabelSource.IMPORT);
            c.setConfirmedLabels(ids[1], Set.of("Horror"), LabelSource.CURATOR);
            c.setConfirmedLabels(ids[4], Set.of("Horror"), LabelSource.IMPORT);
        }
    }

    private CliRun affiche(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--catalogue";
        all[1] = dir.resolve("c.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    /** Confirmed genres with their source per poster, e.g. {1=Drama:curator|Horror:curator}. */
    private Map<Long, String> confirmed() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            Map<Long, String> m = new TreeMap<>();
            for (long id : ids) {
                m.put(id, c.labels(id).stream().filter(l -> l.source().confirmed()).sorted(java.util.Comparator.comparing(GenreLabel::genre))
                        .map(l -> l.genre() + ":" + l.source().name().toLowerCase()).collect(Collectors.joining("|")));
            }
            return m;
        }
    }

    @Test
    void aFilterAddsAndRemovesGenresAsCuratorLabelsAfterADryRun() {
        catalogue();
        Map<Long, String> before = confirmed();
        CliRun dry = affiche("label", "--where-genre", "horror", "--decade", "1950s", "--add", "war", "--remove", "Horror", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("Would label 2 poster(s) as curator labels; 2 matched, 0 already as asked (dry run"), dry.out());
        assertTrue(dry.out().lines().anyMatch(l -> l.matches("\\s*" + ids[0] + "  Drama\\|Horror -> Drama\\|War")), dry.out());
        assertEquals(before, confirmed(), "a dry run writes nothing");

        CliRun run = affiche("label", "--where-genre", "Horror", "--decade", "1950s", "--add", "War", "--remove", "Horror");
        assertEquals(0, run.exitCode(), run.err());
        Map<Long, String> after = confirmed();
        assertEquals("Drama:curator|War:curator", after.get(ids[0]), "the imported genres, changed, are the curator's");
        assertEquals("War:curator", after.get(ids[1]));
        assertEquals("", after.get(ids[2]), "no Horror: outside the filter");
        assertEquals("Horror:import", after.get(ids[4]), "another decade: left alone");

        CliRun again = affiche("label", Long.toString(ids[0]), Long.toString(ids[1]), "--add", "Drama");
        assertTrue(again.out().contains("Labelled 1 poster(s) as curator labels; 2 matched, 1 already as asked"), again.out());
        assertEquals("Drama:curator|War:curator", confirmed().get(ids[1]));
    }

    @Test
    void badInputIsAUsageErrorAndNothingIsLabelled() {
        catalogue();
        Map<Long, String> before = confirmed();
        record Case(String[] args, String message) {
        }
        for (Case c : new Case[]{
                new Case(new String[]{Long.toString(ids[0]), "999999", "nope-poster", "--add", "War"}, "no poster '999999' in the catalogue"),
                new Case(new String[]{"--where-genre", "Noirish", "--add", "War"}, "unknown genre 'Noirish'; known: "),
                new Case(new String[]{"--unlabelled", "--add", "Noirish"}, "unknown genre(s) Noirish; known: "),
                new Case(new String[]{"--decade", "19x0s", "--add", "War"}, "not a decade: 19x0s"),
                new Case(new String[]{Long.toString(ids[0]), "--unlabelled", "--add", "War"}, "not both"),
                new Case(new String[]{"--add", "War"}, "name the posters"),
                new Case(new String[]{Long.toString(ids[0]), Long.toString(ids[1]), "--year", "1950"}, "one poster at a time"),
                new Case(new String[]{Long.toString(ids[0]), "--genres", "Drama", "--add", "War"}, "one or the other")}) {
            String[] args = new String[c.args().length + 1];
            args[0] = "label";
            System.arraycopy(c.args(), 0, args, 1, c.args().length);
            CliRun run = affiche(args);
            assertEquals(AfficheCommand.USAGE, run.exitCode(), String.join(" ", c.args()) + ": " + run.err());
            assertTrue(run.err().contains(c.message()), String.join(" ", c.args()) + ": " + run.err());
        }
        CliRun both = affiche("label", "999999", "nope-poster", "--add", "War");
        assertTrue(both.err().contains("'999999'") && both.err().contains("'nope-poster'") && both.err().contains("nothing labelled"),
                "every unknown poster is named: " + both.err());
        assertEquals(before, confirmed());
    }

    @Test
    void etaGoesByThePaceSoFar() {
        assertEquals("", Eta.left(0, 100, 5_000_000_000L), "no pace yet");
        assertEquals("", Eta.left(10, 100, 500_000_000L), "under a second: too early to say");
        assertEquals(", 45 s left", Eta.left(10, 100, 5_000_000_000L));
        assertEquals(", about 15 min left", Eta.left(10, 100, 100_000_000_000L));
        assertEquals("", Eta.left(100, 100, 5_000_000_000L), "finished");
    }
}
