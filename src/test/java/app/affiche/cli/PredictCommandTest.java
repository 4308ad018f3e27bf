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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `affiche predict` with the real encoder and heads trained on a sample of the shared posters: the designer's
 * preview from the command line, with the year choosing the era's thresholds, and a broken file failing alone.
 */
class PredictCommandTest {
    @TempDir
    Path tmp;

    @Test
    void predictsGenresDecadeAndPaletteAndABrokenFileFailsAlone() throws Exception {
        ImagingAvailable.assume();
        Path shared = SharedData.posters();
        Path home = tmp.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        List<String> lines = Files.readAllLines(shared.resolve("posters.csv"));
        List<String> sample = new ArrayList<>(List.of(lines.getFirst()));
        for (int i = 1; i < lines.size(); i += 25) sample.add(lines.get(i));
        Files.createSymbolicLink(tmp.resolve("images"), shared.resolve("images"));
        Path csv = Files.write(tmp.resolve("sample.csv"), sample);
        List<String> importArgs = new ArrayList<>(List.of("import"));
        for (String line : sample.subList(1, sample.size())) importArgs.add(shared.resolve(line.split(",")[0]).toString());
        importArgs.addAll(List.of("--labels", csv.toString()));
        assertEquals(0, Cli.run(home, importArgs.toArray(String[]::new)).exit());
        assertEquals(0, Cli.run(home, "embed", "--device", "cpu").exit());
        Cli.Run train = Cli.run(home, "train");
        assertEquals(0, train.exit(), train.err());
        // imported labels only: no curator has confirmed a year, so no decade is favoured before the poster is seen
        assertTrue(train.out().contains("decade prior: uniform over"), train.out());
        assertTrue(train.out().contains("decade head out of fold: within one decade"), train.out());

        Path poster = shared.resolve(lines.get(2).split(",")[0]);
        Path broken = Files.write(tmp.resolve("broken.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2});
        Cli.Run old = Cli.run(home, "predict", poster.toString(), broken.toString(), "--year", "1955", "--json");
        assertEquals(AfficheCommand.SOME_FAILED, old.exit(), old.err());
        assertTrue(old.err().contains("broken.jpg"), old.err());
        JsonArray docs = JsonParser.parseString(old.out()).getAsJsonArray();
        assertEquals(1, docs.size(), "the broken file is left out, the good one is predicted");
        JsonObject d = docs.get(0).getAsJsonObject();
        assertEquals(poster.toString(), d.get("file").getAsString());
        JsonObject probabilities = d.getAsJsonObject("genre_probabilities");
        assertTrue(probabilities.size() >= 5, probabilities.toString());
        for (Map.Entry<String, ?> e : probabilities.entrySet()) {
            double p = probabilities.get(e.getKey()).getAsDouble();
            assertTrue(p >= 0 && p <= 1, e.toString());
        }
        JsonObject thresholds = d.getAsJsonObject("thresholds");
        assertEquals(probabilities.keySet(), thresholds.keySet());
        for (String g : probabilities.keySet()) {
            boolean above = probabilities.get(g).getAsDouble() >= thresholds.get(g).getAsDouble();
            assertEquals(above, d.getAsJsonObject("genres").has(g), g + " is listed exactly when at its threshold");
        }
        for (String g : d.getAsJsonObject("suggested").keySet())
            assertTrue(probabilities.get(g).getAsDouble() < thresholds.get(g).getAsDouble(), "suggested " + g);
        double decadeSum = d.getAsJsonObject("decade_probabilities").entrySet().stream()
                .mapToDouble(e -> e.getValue().getAsDouble()).sum();
        assertEquals(1.0, decadeSum, 1e-6);
        assertTrue(d.get("decade").getAsString().endsWith("0s"), d.get("decade").toString());
        double era = d.get("era_probability").getAsDouble();
        assertTrue(era > 0 && era < 1, "the era's probability: " + era);
        assertFalse(d.get("era_text").getAsString().contains("100 %"), d.get("era_text").toString());
        assertEquals(era >= 0.6, d.get("era_sure").getAsBoolean());
        assertEquals("global", d.getAsJsonArray("heads").get(0).getAsString());
        assertEquals(1.0, d.get("pre1980_thresholds").getAsDouble(), "a 1955 poster is judged by the pre-1980 thresholds");
        assertTrue(d.get("dominant").getAsString().matches("#[0-9A-F]{6}"), d.get("dominant").toString());

        Cli.Run modern = Cli.run(home, "predict", poster.toString(), "--year", "1995", "--json");
        assertEquals(0, modern.exit(), modern.err());
        JsonObject m = JsonParser.parseString(modern.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(0.0, m.get("pre1980_thresholds").getAsDouble());

        Cli.Run undated = Cli.run(home, "predict", poster.toString());
        assertEquals(0, undated.exit(), undated.err());
        assertTrue(undated.out().contains("heads:     global, decade  (pre-1980 thresholds "), undated.out());
    }
}
