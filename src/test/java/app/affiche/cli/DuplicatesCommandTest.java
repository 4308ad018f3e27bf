package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.DuplicateVariants;
import app.affiche.pipeline.ImagingAvailable;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `affiche duplicates` through the real launcher on shared posters and copies made from them (half size, JPEG q=40,
 * cropped), with the real encoder's embeddings: the copies are grouped with their original and not with the other
 * posters, merging keeps every curator label, and bad arguments get a message and exit code 2.
 */
class DuplicatesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void groupsTheCopiesOfAPosterAndMergesThemKeepingTheCuratorsLabels() throws Exception {
        ImagingAvailable.assume();
        Path shared = SharedData.posters();
        List<String> lines = Files.readAllLines(shared.resolve("posters.csv"));
        List<Path> originals = new ArrayList<>();
        for (int i = 1; i < lines.size() && originals.size() < 8; i += 800) originals.add(shared.resolve(lines.get(i).split(",")[0]));
        Path copies = Files.createDirectories(tmp.resolve("copies"));
        BufferedImage first = new PosterDecoder().read(originals.get(0));
        Path half = copies.resolve("a-half.jpg"), q40 = copies.resolve("a-q40.jpg"), crop = copies.resolve("b-crop.jpg");
        DuplicateVariants.RESIZED.write(first, half, new Random(1));
        DuplicateVariants.RECOMPRESSED.write(first, q40, new Random(1));
        DuplicateVariants.CROPPED.write(new PosterDecoder().read(originals.get(1)), crop, new Random(1));

        Path home = tmp.resolve("home");
        Cli.Run empty = Cli.run(home, "duplicates");
        assertEquals(0, empty.exit(), empty.err());
        assertTrue(empty.out().contains("0 groups of copies"), empty.out());
        List<String> importArgs = new ArrayList<>(List.of("import", copies.toString()));
        originals.forEach(p -> importArgs.add(p.toString()));
        assertEquals(0, Cli.run(home, importArgs.toArray(String[]::new)).exit());
        // the crop moves the hash past the sure bits: the real encoder's embeddings settle it
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        assertEquals(0, Cli.run(home, "embed", "--device", "cpu").exit());
        assertEquals(0, Cli.run(home, "label", half.toString(), "--genres", "Horror", "--title", "Curated").exit());
        assertEquals(0, Cli.run(home, "label", q40.toString(), "--genres", "Horror,Thriller").exit());

        Cli.Run listed = Cli.run(home, "duplicates", "--json");
        assertEquals(0, listed.exit(), listed.err());
        JsonArray groups = JsonParser.parseString(listed.out()).getAsJsonObject().getAsJsonArray("groups");
        assertEquals(Set.of(Set.of(originals.get(0).toString(), half.toString(), q40.toString()),
                Set.of(originals.get(1).toString(), crop.toString())), pathSets(groups), "copies with their original only");
        JsonObject a = groups.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(g -> g.get("copies").getAsInt() == 3).findFirst().orElseThrow();
        JsonObject keep = a.getAsJsonArray("posters").get(0).getAsJsonObject();
        assertEquals(originals.get(0).toString(), keep.get("path").getAsString(), "the full-size, least compressed copy is kept");
        assertEquals(2, a.getAsJsonArray("posters").asList().stream()
                .filter(p -> p.getAsJsonObject().get("curatorLabels").getAsBoolean()).count());
        Cli.Run text = Cli.run(home, "duplicates");
        assertTrue(text.out().contains("2 groups of copies, 5 posters in them"), text.out());

        Cli.Run both = Cli.run(home, "duplicates", "--merge", "1", "--all");
        assertEquals(AfficheCommand.USAGE, both.exit());
        assertTrue(both.err().contains("give --merge GROUP or --all, not both"), both.err());
        Cli.Run beyond = Cli.run(home, "duplicates", "--merge", "7");
        assertEquals(AfficheCommand.USAGE, beyond.exit());
        assertTrue(beyond.err().contains("no group 7: there are 2"), beyond.err());
        Cli.Run notANumber = Cli.run(home, "duplicates", "--merge", "first");
        assertEquals(AfficheCommand.USAGE, notANumber.exit());
        assertEquals(11, count(home), "bad arguments change nothing");

        Cli.Run merged = Cli.run(home, "duplicates", "--all", "--json");
        assertEquals(0, merged.exit(), merged.err());
        assertEquals(8, count(home), "three copies removed");
        JsonObject kept = poster(home, originals.get(0).toString());
        assertEquals(Set.of("Horror", "Thriller"), genres(kept), "every curator genre of the group");
        assertEquals("Curated", kept.get("title").getAsString());
        assertEquals("curator", kept.get("titleSource").getAsString());
        Cli.Run byOldPath = Cli.run(home, "label", half.toString(), "--year", "1977");
        assertEquals(0, byOldPath.exit(), "a merged copy's path still names the kept poster: " + byOldPath.err());
        assertEquals(1977, poster(home, originals.get(0).toString()).get("year").getAsInt());
        Cli.Run after = Cli.run(home, "duplicates");
        assertTrue(after.out().contains("0 groups of copies"), after.out());
    }

    private static Set<Set<String>> pathSets(JsonArray groups) {
        Set<Set<String>> out = new java.util.HashSet<>();
        for (JsonElement g : groups) {
            Set<String> paths = new TreeSet<>();
            for (JsonElement p : g.getAsJsonObject().getAsJsonArray("posters")) paths.add(p.getAsJsonObject().get("path").getAsString());
            out.add(paths);
        }
        return out;
    }

    private static int count(Path home) throws Exception {
        return JsonParser.parseString(Cli.run(home, "list", "--json").out()).getAsJsonArray().size();
    }

    private static JsonObject poster(Path home, String path) throws Exception {
        return JsonParser.parseString(Cli.run(home, "list", "--json").out()).getAsJsonArray().asList().stream()
                .map(JsonElement::getAsJsonObject).filter(p -> p.get("path").getAsString().equals(path))
                .findFirst().orElseThrow();
    }

    private static Set<String> genres(JsonObject poster) {
        Set<String> out = new TreeSet<>();
        poster.getAsJsonArray("genres").forEach(g -> out.add(g.getAsString()));
        return out;
    }
}
