package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.imaging.Fixtures;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Valid images of one or two pixels go through palette, import, embed and predict like any poster. */
class TinyImagesTest {
    private static final int RED = 0xC03020;

    @TempDir
    Path dir;

    /** 1×1 JPEG, PNG, GIF, BMP and TIFF, and a 2×1 PNG, all of one red, in {@code folder}. */
    private List<Path> tinyImages(Path folder) throws Exception {
        Files.createDirectories(folder);
        BufferedImage one = Fixtures.halves(1, 1, RED, RED);
        BufferedImage indexed = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_INDEXED);
        indexed.setRGB(0, 0, RED);
        return List.of(Fixtures.jpeg(one, folder.resolve("one.jpg")),
                Fixtures.write(one, "png", folder.resolve("one.png")),
                Fixtures.write(indexed, "gif", folder.resolve("one.gif")),
                Fixtures.write(one, "bmp", folder.resolve("one.bmp")),
                Fixtures.tiff(List.of(one), "LZW", folder.resolve("one.tif")),
                Fixtures.write(Fixtures.halves(2, 1, RED, RED), "png", folder.resolve("two.png")));
    }

    @Test
    void paletteOfOneAndTwoPixelImages() throws Exception {
        for (Path file : tinyImages(dir.resolve("in"))) {
            CliRun run = CliRun.of("palette", file.toString(), "--json");
            assertEquals(AfficheCommand.OK, run.exitCode(), file.getFileName() + ": " + run.err());
            JsonObject dominant = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("dominant");
            assertEquals(1.0, dominant.get("share").getAsDouble(), 1e-9, run.out());
            JsonArray rgb = dominant.getAsJsonArray("rgb");
            int found = rgb.get(0).getAsInt() << 16 | rgb.get(1).getAsInt() << 8 | rgb.get(2).getAsInt();
            // JPEG's chroma subsampling and GIF's fixed palette move one pixel's colour a little
            assertTrue(Fixtures.distance(RED, found) <= 24, file.getFileName() + ": " + run.out());
        }
    }

    @Test
    void importEmbedAndPredictOneAndTwoPixelImages() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        List<Path> files = tinyImages(dir.resolve("in"));

        Cli.Run imported = Cli.run(home, "import", dir.resolve("in").toString(), "--json");
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(files.size(), JsonParser.parseString(imported.out()).getAsJsonObject().get("imported").getAsInt());
        Cli.Run embedded = Cli.run(home, "embed", "--device", "cpu");
        assertEquals(0, embedded.exit(), embedded.err());
        assertTrue(embedded.err().contains("embedded " + files.size() + ", failed 0"), embedded.err());

        RandomHeads.train(home);
        List<String> args = new ArrayList<>(List.of("predict", "--json"));
        files.forEach(f -> args.add(f.toString()));
        Cli.Run predicted = Cli.run(home, args.toArray(String[]::new));
        assertEquals(0, predicted.exit(), predicted.err());
        JsonArray docs = JsonParser.parseString(predicted.out()).getAsJsonArray();
        assertEquals(files.size(), docs.size());
        for (JsonElement d : docs) assertFalse(d.getAsJsonObject().get("dominant").isJsonNull(), d.toString());
    }
}
