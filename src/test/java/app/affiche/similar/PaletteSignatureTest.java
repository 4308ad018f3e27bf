package app.affiche.similar;

import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaletteSignatureTest {
    private static Palette palette(int... rgb) {
        List<PaletteColor> colours = java.util.Arrays.stream(rgb).mapToObj(c -> new PaletteColor(c, 1.0 / rgb.length, false)).toList();
        return new Palette(colours.getFirst(), colours, List.of(), rgb.length, false);
    }

    private static double cosine(float[] a, float[] b) {
        return VectorMath.dot(a, b, 0);
    }

    @Test
    void isUnitLengthAndClosePalettesOverlapAcrossABinEdge() {
        // 0x80 and 0x7F straddle the middle of the red axis; they must still look alike.
        float[] a = PaletteSignature.of(palette(0x800000, 0x2040C0));
        float[] b = PaletteSignature.of(palette(0x7F0000, 0x2141C1));
        float[] far = PaletteSignature.of(palette(0x00FF00, 0xFFFF00));
        assertEquals(1.0, Math.sqrt(cosine(a, a)), 1e-6);
        assertTrue(cosine(a, b) > 0.99, "near palettes: " + cosine(a, b));
        assertTrue(cosine(a, far) < 0.1, "different palettes: " + cosine(a, far));
    }
}
