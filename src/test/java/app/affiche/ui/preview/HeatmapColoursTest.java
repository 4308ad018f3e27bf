package app.affiche.ui.preview;

import app.affiche.pipeline.OcclusionMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapColoursTest {
    private static int alpha(int argb) { return argb >>> 24; }
    private static int red(int argb) { return argb >> 16 & 0xFF; }
    private static int blue(int argb) { return argb & 0xFF; }

    @Test
    void drivingRegionsAreRedCounterRegionsBlueAndNeutralOnesClear() {
        // 2 x 2 map: top-left drives the genre, bottom-right works against it, the rest make no difference.
        OcclusionMap map = new OcclusionMap("Horror", 2, 2, new double[]{0.2, 0, 0, -0.1}, 0.8, 5, 10);
        int[] px = HeatmapColours.render(map, 40, 60);
        int topLeft = px[0], bottomRight = px[px.length - 1], topRight = px[39];
        assertEquals(255, alpha(topLeft) * 255 / 190, 2);
        assertTrue(red(topLeft) > 200 && blue(topLeft) < 80, Integer.toHexString(topLeft));
        assertTrue(blue(bottomRight) > red(bottomRight), Integer.toHexString(bottomRight));
        assertTrue(alpha(bottomRight) < alpha(topLeft), "half the magnitude is fainter");
        assertEquals(0, alpha(topRight));
        assertTrue(alpha(px[30 * 40 + 20]) > 0, "the centre blends its neighbours");
    }

    @Test
    void legendRunsFromBlueThroughClearToRed() {
        int[] ramp = HeatmapColours.legend(101);
        assertTrue(blue(ramp[0]) > red(ramp[0]));
        assertEquals(0, alpha(ramp[50]));
        assertTrue(red(ramp[100]) > blue(ramp[100]));
    }
}
