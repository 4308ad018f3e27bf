package app.affiche.ui.preview;

import app.affiche.pipeline.OcclusionMap;

/**
 * Paints an occlusion map as semi-transparent ARGB pixels to lay over the poster (no toolkit needed, so testable).
 * Cells are interpolated bilinearly between their centres so the map reads as a smooth field rather than tiles.
 * Red-to-yellow where hiding the region lowers the genre (it drives the genre), blue where hiding it raises the
 * genre (it works against it), transparent where it makes no difference. Scaled by the map's largest |drop|.
 */
final class HeatmapColours {
    private static final int MAX_ALPHA = 190;

    private HeatmapColours() {
    }

    static int[] render(OcclusionMap map, int width, int height) {
        double max = map.maxMagnitude();
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            double gy = clamp((y + 0.5) * map.rows() / height - 0.5, map.rows() - 1);
            for (int x = 0; x < width; x++) {
                double gx = clamp((x + 0.5) * map.cols() / width - 0.5, map.cols() - 1);
                argb[y * width + x] = colour(sample(map, gy, gx) / max);
            }
        }
        return argb;
    }

    /** The legend's colour ramp from -1 (left) to +1 (right). */
    static int[] legend(int width) {
        int[] argb = new int[width];
        for (int x = 0; x < width; x++) argb[x] = colour(2.0 * x / (width - 1) - 1);
        return argb;
    }

    /** ARGB for a value in [-1, 1]. */
    static int colour(double v) {
        double t = Math.min(1, Math.abs(v));
        int alpha = (int) Math.round(MAX_ALPHA * Math.sqrt(t));
        int r, g, b;
        if (v >= 0) { // yellow (255,235,59) at weak, red (211,47,47) at strong
            r = mix(255, 211, t);
            g = mix(235, 47, t);
            b = mix(59, 47, t);
        } else {      // light blue (100,181,246) at weak, deep blue (21,101,192) at strong
            r = mix(100, 21, t);
            g = mix(181, 101, t);
            b = mix(246, 192, t);
        }
        return alpha << 24 | r << 16 | g << 8 | b;
    }

    private static double sample(OcclusionMap map, double gy, double gx) {
        int r0 = (int) Math.floor(gy), c0 = (int) Math.floor(gx);
        int r1 = Math.min(r0 + 1, map.rows() - 1), c1 = Math.min(c0 + 1, map.cols() - 1);
        double fy = gy - r0, fx = gx - c0;
        double top = map.drop(r0, c0) * (1 - fx) + map.drop(r0, c1) * fx;
        double bottom = map.drop(r1, c0) * (1 - fx) + map.drop(r1, c1) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static double clamp(double v, double hi) {
        return Math.max(0, Math.min(hi, v));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
