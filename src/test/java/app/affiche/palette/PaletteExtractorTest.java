package app.affiche.palette;

import app.affiche.SharedData;
import app.affiche.imaging.Fixtures;
import app.affiche.imaging.PosterDecoder;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaletteExtractorTest {
    static final int RED = 0xD01818;
    static final int BLUE = 0x1830C0;
    static final int GREY = 0x808080;

    private final PaletteExtractor extractor = new PaletteExtractor();

    private static double sum(Palette p) {
        return p.colours().stream().mapToDouble(PaletteColor::share).sum()
                + p.greys().stream().mapToDouble(PaletteColor::share).sum();
    }

    @Test
    void knownBlocksGiveTheirColoursAndShares() {
        BufferedImage img = Fixtures.bands(400, 600, new int[]{RED, BLUE, GREY}, new double[]{0.6, 0.3, 0.1});
        Palette p = extractor.extract(img, 6);
        PaletteColor first = p.colours().getFirst();
        assertTrue(Fixtures.distance(first.rgb(), RED) <= 8, "red first: " + first.hex());
        assertEquals(0.6, first.share(), 0.02);
        assertTrue(Fixtures.distance(p.colours().get(1).rgb(), BLUE) <= 8, "then blue");
        assertEquals(0.3, p.colours().get(1).share(), 0.02);
        assertEquals(1, p.greys().size(), "the grey is set apart");
        assertTrue(p.greys().getFirst().nearGrey());
        assertTrue(Fixtures.distance(p.greys().getFirst().rgb(), GREY) <= 8);
        assertEquals(0.1, p.greys().getFirst().share(), 0.02);
        assertEquals(first, p.dominant());
        assertEquals(1.0, sum(p), 1e-9);
        assertTrue(p.fewerThanRequested(), "2 colours, 6 asked");
        assertEquals(6, p.requested());
    }

    @Test
    void oneColourAsked() {
        Palette p = extractor.extract(Fixtures.bands(100, 100, new int[]{BLUE, RED}, new double[]{0.7, 0.3}), 1);
        assertEquals(1, p.colours().size());
        assertTrue(Fixtures.distance(p.colours().getFirst().rgb(), BLUE) <= 8);
        assertEquals(1.0, p.colours().getFirst().share(), 1e-9, "every pixel goes to the one colour kept");
        assertFalse(p.fewerThanRequested());
    }

    @Test
    void twoColourImageAskedForSixSaysFewer() {
        Palette p = extractor.extract(Fixtures.halves(200, 300, 0x20A040, 0xE0C020), 6);
        assertEquals(2, p.colours().size());
        assertTrue(p.greys().isEmpty());
        assertTrue(p.fewerThanRequested());
        assertEquals(0.5, p.colours().getFirst().share(), 0.01);
    }

    @Test
    void greysDoNotTakeThePlacesOfColours() {
        // a mostly black-and-white poster with six small colour blocks: all six colours are still found
        int[] colours = {0x000000, 0xFFFFFF, 0xE02020, 0x20A020, 0x2040E0, 0xE0E020, 0xA020C0, 0x20C0C0};
        double[] weights = {0.45, 0.25, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05};
        Palette p = extractor.extract(Fixtures.bands(300, 800, colours, weights), 6);
        assertEquals(6, p.colours().size(), p.toString());
        assertFalse(p.fewerThanRequested());
        assertEquals(2, p.greys().size());
        assertEquals(0x000000, p.dominant().rgb() & 0xF0F0F0, "black dominates");
        assertTrue(p.dominant().nearGrey());
        for (PaletteColor c : p.colours()) assertFalse(PaletteExtractor.isNearGrey(c.rgb()), c.hex());
        assertEquals(1.0, sum(p), 1e-9);
    }

    @Test
    void nearGreyThreshold() {
        assertTrue(PaletteExtractor.isNearGrey(0x000000));
        assertTrue(PaletteExtractor.isNearGrey(0x7F7F85), "bluish grey");
        assertTrue(PaletteExtractor.isNearGrey(0x140A0A), "near-black with a hue of noise");
        assertFalse(PaletteExtractor.isNearGrey(0xFF0000));
        assertFalse(PaletteExtractor.isNearGrey(0xC8A060), "ochre");
    }

    @Test
    void rejectsZeroColours() {
        assertThrows(IllegalArgumentException.class, () -> extractor.extract(Fixtures.halves(4, 4, 0, 0), 0));
    }

    @Test
    void realPostersGiveSharesSummingToOne() throws Exception {
        PosterDecoder decoder = new PosterDecoder();
        int n = 0;
        try (DirectoryStream<Path> images = Files.newDirectoryStream(SharedData.posters().resolve("images"))) {
            for (Path f : images) {
                Palette p = extractor.extract(decoder.read(f, PaletteExtractor.WORKING_SIDE), 6);
                assertEquals(1.0, sum(p), 1e-9, f.toString());
                assertTrue(p.colours().size() <= 6 && p.greys().size() <= 6);
                for (int i = 1; i < p.colours().size(); i++) {
                    assertTrue(p.colours().get(i - 1).share() >= p.colours().get(i).share(), "ordered by share");
                }
                if (++n == 40) break;
            }
        }
    }
}
