package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PaletteStats;
import app.affiche.catalogue.PosterFilter;
import app.affiche.imaging.Fixtures;
import app.affiche.poster.ColourBins;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `affiche stats palette` on a catalogue imported by the real command from generated posters: red-and-black
 * "Horror" posters and pale blue-and-yellow "Comedy" ones; the CSV carries the catalogue's statistics, the PNG is
 * drawn without a display and shows them; bad options and an unwritable output are refused with their exit codes.
 */
class StatsPaletteCommandTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void importPosters() throws Exception {
        Path img = Files.createDirectories(dir.resolve("img"));
        StringBuilder labels = new StringBuilder("file,year,genres\n");
        for (int i = 0; i < 3; i++) {
            Fixtures.write(Fixtures.bands(90, 120, new int[]{0xB01010 + i * 0x000800, 0x101010}, new double[]{0.6, 0.4}),
                    "png", img.resolve("horror-" + i + ".png"));
            labels.append("img/horror-").append(i).append(".png,1975,Horror\n");
            Fixtures.write(Fixtures.bands(90, 120, new int[]{0x80B0E0, 0xF0D040 + i, 0xF4F4F4}, new double[]{0.5, 0.3, 0.2}),
                    "png", img.resolve("comedy-" + i + ".png"));
            labels.append("img/comedy-").append(i).append(".png,1995,Comedy\n");
        }
        Files.writeString(dir.resolve("labels.csv"), labels);
        db = dir.resolve("catalogue.db");
        CliRun imported = CliRun.of("--catalogue", db.toString(), "import", img.toString(), "--labels",
                dir.resolve("labels.csv").toString());
        assertEquals(0, imported.exitCode(), imported.err());
    }

    @Test
    void writesTheTableAsCsvAndTheChartsAsAPng() throws Exception {
        Path csv = dir.resolve("out/by-genre.csv"), png = dir.resolve("out/by-genre.png");
        Files.createDirectories(csv.getParent());
        CliRun run = CliRun.of("--catalogue", db.toString(), "stats", "palette", "--by", "genre", "--csv", csv.toString(),
                "--png", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("6 posters with a palette"), run.out());

        PaletteStats stats;
        try (Catalogue c = Catalogue.openReadOnly(db)) {
            stats = c.paletteStats(PaletteStats.Grouping.GENRE, PosterFilter.ALL);
        }
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertEquals(List.of("Comedy", "Horror"), rows.stream().map(r -> r.get("genre")).toList());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            PaletteStats.Group g = stats.groups().get(i);
            assertEquals("3", row.get("posters"));
            assertEquals(g.greyShare(), Double.parseDouble(row.get("grey_share")), 1e-4);
            assertEquals(g.hues().get(7), Double.parseDouble(row.get("hue_azure")), 1e-4);
            assertEquals(g.lights().get(0), Double.parseDouble(row.get("light_very_dark")), 1e-4);
            assertTrue(row.get("swatches").startsWith(g.swatches().getFirst().hex() + ":"), row.get("swatches"));
        }
        CSVRecord horror = rows.get(1), comedy = rows.get(0);
        assertEquals(0.4, Double.parseDouble(horror.get("grey_share")), 0.05, "black is 40 % of each Horror poster");
        assertEquals(1.0, Double.parseDouble(horror.get("hue_red")), 1e-4, "its only colour is a deep red");
        assertTrue(Double.parseDouble(comedy.get("hue_red")) < 0.01);
        assertTrue(Double.parseDouble(comedy.get("light_very_dark")) < 0.01, "the Comedy posters are light");

        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 200, image.getWidth() + "x" + image.getHeight());
        Set<Integer> colours = new HashSet<>();
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) inked++;
            }
        }
        assertTrue(inked > image.getWidth() * image.getHeight() / 20, "not blank: " + inked + " inked pixels");
        assertTrue(colours.contains(ColourBins.hueColour(0)), "the Horror hue bar is drawn in the red bin's colour");
        assertTrue(colours.contains(Integer.parseInt(horror.get("swatches").substring(1, 7), 16)),
                "the Horror swatch is drawn");
    }

    @Test
    void byDecadeAndAFilterNarrowIt() {
        CliRun run = CliRun.of("--catalogue", db.toString(), "stats", "palette", "--by", "decade", "--genre", "Horror");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 posters with a palette (genre Horror)"), run.out());
        assertTrue(run.out().contains("1970s"), run.out());
        assertFalse(run.out().contains("1990s"), run.out());
    }

    @Test
    void badOptionsAreUsageErrorsAndAnUnwritableOutputFailsAlone() throws Exception {
        assertEquals(2, CliRun.of("--catalogue", db.toString(), "stats", "palette", "--by", "colour").exitCode());
        assertEquals(2, CliRun.of("--catalogue", db.toString(), "stats", "palette").exitCode());
        CliRun unknown = CliRun.of("--catalogue", db.toString(), "stats", "palette", "--by", "genre", "--genre", "Opera");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown genre 'Opera'"), unknown.err());

        Path csv = dir.resolve("ok.csv");
        Path notAFile = Files.createDirectories(dir.resolve("a-folder.png"));
        CliRun run = CliRun.of("--catalogue", db.toString(), "stats", "palette", "--by", "genre", "--csv", csv.toString(),
                "--png", notAFile.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("cannot write PNG " + notAFile), run.err());
        assertTrue(Files.readString(csv).startsWith("genre,posters,grey_share,hue_red"), "the CSV is still written");
    }
}
