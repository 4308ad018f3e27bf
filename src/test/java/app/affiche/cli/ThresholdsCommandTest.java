package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.CuratorThresholds;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `affiche thresholds` through the real command line on a real catalogue with heads trained by `affiche train`: the
 * curator's thresholds survive reopening, change what `tag` stores, and bad input is a usage error changing nothing.
 */
class ThresholdsCommandTest {
    private static final String ENC = HeadsCli.DEFAULT_ENCODER;
    @TempDir
    Path dir;

    private Path trained() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        RandomHeads.train(home);
        return home;
    }

    private static JsonObject row(JsonObject doc, String genre) {
        for (JsonElement e : doc.getAsJsonArray("genres")) {
            if (e.getAsJsonObject().get("genre").getAsString().equals(genre)) return e.getAsJsonObject();
        }
        throw new AssertionError(genre + " not listed: " + doc);
    }

    /** Model labels of one genre stored in the catalogue, over all posters. */
    private static List<GenreLabel> modelLabels(Path home, String genre) {
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            return c.posters(app.affiche.catalogue.PosterFilter.ALL).stream().flatMap(p -> c.labels(p.id()).stream())
                    .filter(l -> l.source() == LabelSource.MODEL && l.genre().equals(genre)).toList();
        }
    }

    /** Six embedded posters nobody labelled: what `accept` would take from their suggestions. */
    private static void addUnlabelled(Path home) throws Exception {
        int dimension = app.affiche.embedding.Manifest.load(home.resolve("models")).require(ENC).dimension();
        java.util.Random r = new java.util.Random(11);
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            for (int i = 0; i < 6; i++) {
                long id = c.addPoster(new app.affiche.catalogue.NewPoster(String.format("%064x", 1000 + i),
                        "new" + i + ".jpg", 10, 10, 15, "JPEG", null, 1970, null, null));
                float[] v = new float[dimension];
                for (int j = 0; j < v.length; j++) v[j] = (float) r.nextGaussian();
                c.putEmbedding(id, ENC, v);
            }
        }
    }

    /** Posters `accept --dry-run` would give this genre. */
    private static int accepting(Path home, String genre) throws Exception {
        Cli.Run run = Cli.run(home, "accept", "--dry-run", "--json");
        assertEquals(0, run.exit(), run.err());
        int n = 0;
        for (JsonElement p : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("posters")) {
            for (JsonElement g : p.getAsJsonObject().getAsJsonArray("genres")) if (g.getAsString().equals(genre)) n++;
        }
        return n;
    }

    @Test
    void theCuratorsThresholdsSurviveReopeningAndChangeWhatTagStores() throws Exception {
        Path home = trained();
        addUnlabelled(home);
        Cli.Run shown = Cli.run(home, "thresholds", "--json");
        assertEquals(0, shown.exit(), shown.err());
        JsonObject drama = row(JsonParser.parseString(shown.out()).getAsJsonObject(), "Drama");
        double headsDrama = drama.get("heads").getAsDouble();
        assertTrue(drama.get("curator").isJsonNull());
        assertEquals(headsDrama, drama.get("in_force").getAsDouble(), 1e-12);

        assertEquals(0, Cli.run(home, "tag").exit());
        assertEquals(6, accepting(home, "Drama"), "by the heads' own (low) Drama threshold, every new poster");
        // the same stored suggestions, judged by a threshold the curator raised: none is accepted any more
        assertEquals(0, Cli.run(home, "thresholds", "--set", "Drama=0.99").exit());
        assertEquals(0, accepting(home, "Drama"), "accept judges stored suggestions by the curator's threshold");
        int dramaBefore = modelLabels(home, "Drama").size();
        int horrorBefore = modelLabels(home, "Horror").size();
        assertTrue(dramaBefore < 160 && horrorBefore > 0, dramaBefore + " / " + horrorBefore);

        Cli.Run set = Cli.run(home, "thresholds", "--set", "drama=0.01", "--set", "Horror=0.99");
        assertEquals(0, set.exit(), set.err());
        assertTrue(set.out().lines().anyMatch(l -> l.matches("Drama\\s+\\d\\.\\d{3}\\s+0\\.010\\s+0\\.010")), set.out());
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) { // a new process, the file reopened
            assertEquals(Map.of("Drama", 0.01, "Horror", 0.99), c.curatorThresholds(ENC).genres());
        }
        JsonObject after = JsonParser.parseString(Cli.run(home, "thresholds", "--json").out()).getAsJsonObject();
        assertEquals(0.01, row(after, "Drama").get("curator").getAsDouble(), 1e-12);
        assertEquals(0.99, row(after, "Horror").get("in_force").getAsDouble(), 1e-12);

        Cli.Run tag = Cli.run(home, "tag", "--all");
        assertEquals(0, tag.exit(), tag.err());
        List<GenreLabel> drama2 = modelLabels(home, "Drama");
        List<GenreLabel> horror2 = modelLabels(home, "Horror");
        assertTrue(drama2.size() > dramaBefore, "a lower Drama threshold suggests it on more posters: "
                + dramaBefore + " -> " + drama2.size());
        assertTrue(horror2.size() < horrorBefore, "a higher Horror threshold on fewer: " + horrorBefore + " -> " + horror2.size());
        assertEquals(6, accepting(home, "Drama"), "accept judges by the curator's lowered Drama threshold too");
        assertEquals(0, accepting(home, "Horror"), "and by his Horror one");
        for (GenreLabel l : horror2) { // judged by the curator's threshold, scaled to the poster's era, band 25 %
            double inForce = l.threshold() * 0.99 / row(after, "Horror").get("heads").getAsDouble();
            assertTrue(l.confidence() >= inForce * 0.75 - 1e-9, l + " stored below the band of " + inForce);
        }

        assertEquals(0, Cli.run(home, "thresholds", "--reset", "Drama").exit());
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            assertEquals(Map.of("Horror", 0.99), c.curatorThresholds(ENC).genres());
        }
        assertEquals(0, Cli.run(home, "thresholds", "--all").exit());
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            assertEquals(CuratorThresholds.NONE, c.curatorThresholds(ENC));
        }
    }

    @Test
    void badInputGetsAClearMessageAndExitCodeAndChangesNothing() throws Exception {
        Path home = trained();
        String db = home.resolve("catalogue.db").toString();
        record Case(String[] args, String message) {
        }
        List<Case> cases = List.of(
                new Case(new String[]{"--set", "Nope=0.3"}, "unknown genre 'Nope'; known: "),
                new Case(new String[]{"--set", "Drama=1.5"}, "threshold for Drama must be above 0 and at most 1, not 1.5"),
                new Case(new String[]{"--set", "Drama=0"}, "must be above 0"),
                new Case(new String[]{"--set", "Drama=lots"}, "'lots' is not a number"),
                new Case(new String[]{"--set", "Drama"}, "expected GENRE=THRESHOLD"),
                new Case(new String[]{"--set", "Western=0.3"}, "the heads did not train Western"),
                new Case(new String[]{"--reset", "Nope"}, "unknown genre 'Nope'"),
                new Case(new String[]{"--all", "--set", "Drama=0.3"}, "give it alone"));
        for (Case c : cases) {
            String[] args = new String[c.args().length + 5];
            System.arraycopy(new String[]{"--catalogue", db, "thresholds", "--encoder", ENC}, 0, args, 0, 5);
            System.arraycopy(c.args(), 0, args, 5, c.args().length);
            CliRun run = CliRun.of(args);
            assertEquals(AfficheCommand.USAGE, run.exitCode(), String.join(" ", c.args()) + ": " + run.err());
            assertTrue(run.err().contains(c.message()), String.join(" ", c.args()) + ": " + run.err());
        }
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            assertEquals(CuratorThresholds.NONE, c.curatorThresholds(ENC), "nothing was written");
        }
        Path empty = Files.createDirectories(dir.resolve("untrained"));
        Cli.Run untrained = Cli.run(empty, "thresholds");
        assertEquals(AfficheCommand.SOME_FAILED, untrained.exit());
        assertTrue(untrained.err().contains("no trained heads for encoder " + ENC + ": run `affiche train"), untrained.err());
    }
}
