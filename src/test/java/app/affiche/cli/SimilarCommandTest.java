package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.pipeline.ImagingAvailable;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `affiche similar` through the real launcher, with the real encoder on a sample of the shared posters: a catalogued
 * poster (by id or path) never lists itself, a file outside the catalogue is embedded, and an empty catalogue, a
 * poster without an embedding, an unknown poster and a broken file each get a plain message and an exit code.
 */
class SimilarCommandTest {
    @TempDir
    Path tmp;

    @Test
    void listsTheNearestCataloguedPostersForAPosterOrAFile() throws Exception {
        ImagingAvailable.assume();
        Path shared = SharedData.posters();
        Path home = tmp.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        Cli.Run empty = Cli.run(home, "similar", "1");
        assertEquals(AfficheCommand.SOME_FAILED, empty.exit(), empty.err());
        assertTrue(empty.err().contains("the catalogue is empty"), empty.err());

        List<String> lines = Files.readAllLines(shared.resolve("posters.csv"));
        List<String> images = new ArrayList<>();
        for (int i = 1; i < lines.size() && images.size() < 13; i += 500) images.add(shared.resolve(lines.get(i).split(",")[0]).toString());
        List<String> importArgs = new ArrayList<>(List.of("import"));
        importArgs.addAll(images.subList(0, 12));
        assertEquals(0, Cli.run(home, importArgs.toArray(String[]::new)).exit());
        Cli.Run unembedded = Cli.run(home, "similar", images.getFirst());
        assertEquals(AfficheCommand.SOME_FAILED, unembedded.exit(), unembedded.err());
        assertTrue(unembedded.err().contains("run `affiche embed` first"), unembedded.err());
        assertEquals(0, Cli.run(home, "embed", "--device", "cpu").exit());

        Cli.Run byPath = Cli.run(home, "similar", images.getFirst(), "--limit", "3", "--json");
        assertEquals(0, byPath.exit(), byPath.err());
        JsonArray near = JsonParser.parseString(byPath.out()).getAsJsonArray();
        assertEquals(3, near.size(), byPath.out());
        long self = JsonParser.parseString(Cli.run(home, "list", "--json").out()).getAsJsonArray().asList().stream()
                .map(e -> e.getAsJsonObject()).filter(p -> p.get("path").getAsString().equals(images.getFirst()))
                .findFirst().orElseThrow().get("id").getAsLong();
        double previous = -1;
        for (var e : near) {
            JsonObject n = e.getAsJsonObject();
            assertNotEquals(self, n.get("id").getAsLong(), "a poster is not listed as similar to itself");
            assertTrue(n.get("distance").getAsDouble() >= previous, "nearest first: " + near);
            previous = n.get("distance").getAsDouble();
            assertEquals("cosine", n.get("metric").getAsString());
        }
        Cli.Run byId = Cli.run(home, "similar", Long.toString(self), "--limit", "3");
        assertEquals(0, byId.exit(), byId.err());
        List<String> rows = byId.out().lines().toList();
        assertEquals(3, rows.size(), byId.out());
        assertTrue(rows.getFirst().matches(" 1  \\d\\.\\d{4}  #" + near.get(0).getAsJsonObject().get("id").getAsLong()
                + "  .+ \\(.+\\)  .+"), "the same search by id, as text: " + rows.getFirst());

        // a file not in the catalogue: embedded, nothing stored, every catalogued poster a candidate
        Path outside = Path.of(images.get(12));
        Cli.Run file = Cli.run(home, "similar", outside.toString(), "--json", "--limit", "50");
        assertEquals(0, file.exit(), file.err());
        assertEquals(12, JsonParser.parseString(file.out()).getAsJsonArray().size(), file.out());
        assertEquals(12, JsonParser.parseString(Cli.run(home, "list", "--json").out()).getAsJsonArray().size());

        assertEquals(0, Cli.run(home, "import", outside.toString()).exit());
        Cli.Run noEmbedding = Cli.run(home, "similar", outside.toString());
        assertEquals(AfficheCommand.SOME_FAILED, noEmbedding.exit(), noEmbedding.err());
        assertTrue(noEmbedding.err().contains("has no embedding for encoder"), noEmbedding.err());

        Cli.Run unknown = Cli.run(home, "similar", "no-such-poster.jpg");
        assertEquals(AfficheCommand.USAGE, unknown.exit(), unknown.err());
        assertTrue(unknown.err().contains("no poster 'no-such-poster.jpg'"), unknown.err());
        Path broken = Files.write(tmp.resolve("broken.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2});
        Cli.Run bad = Cli.run(home, "similar", broken.toString());
        assertEquals(AfficheCommand.SOME_FAILED, bad.exit(), bad.err());
        assertTrue(bad.err().startsWith("affiche similar: " + broken), bad.err());
        Cli.Run badLimit = Cli.run(home, "similar", Long.toString(self), "--limit", "0");
        assertEquals(AfficheCommand.USAGE, badLimit.exit(), badLimit.err());
    }
}
