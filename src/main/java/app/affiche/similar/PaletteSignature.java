package app.affiche.similar;

import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;

import java.util.ArrayList;
import java.util.List;

/**
 * A palette as a fixed-length, L2-normalised vector: a coarse RGB histogram (4 levels per channel) in which
 * every palette colour spreads its share over the 8 surrounding bins (trilinear), so two close colours on
 * either side of a bin edge still overlap.
 */
public final class PaletteSignature {
    static final int LEVELS = 4;
    public static final int LENGTH = LEVELS * LEVELS * LEVELS;

    private PaletteSignature() {
    }

    public static float[] of(Palette palette) {
        List<PaletteColor> all = new ArrayList<>(palette.colours());
        all.addAll(palette.greys());
        float[] v = new float[LENGTH];
        for (PaletteColor c : all) spread(v, c.red(), c.green(), c.blue(), c.share());
        normalise(v);
        return v;
    }

    /**
     * The {@link Metric#COSINE_PALETTE} similarity: embedding cosine blended with the palettes' cosine, weight
     * {@link Metric#PALETTE_WEIGHT}; where either palette is unknown, the embedding cosine alone.
     */
    public static double blend(double embeddingCosine, float[] a, float[] b) {
        if (a == null || b == null) return embeddingCosine;
        double paletteCosine = VectorMath.dot(a, b, 0);
        return (embeddingCosine + Metric.PALETTE_WEIGHT * paletteCosine) / (1 + Metric.PALETTE_WEIGHT);
    }

    private static void spread(float[] v, int r, int g, int b, double share) {
        double[] p = {pos(r), pos(g), pos(b)};
        for (int corner = 0; corner < 8; corner++) {
            double w = share;
            int index = 0;
            for (int axis = 0; axis < 3; axis++) {
                int lo = (int) Math.floor(p[axis]);
                int hi = Math.min(lo + 1, LEVELS - 1);
                double frac = p[axis] - lo;
                boolean upper = (corner >> axis & 1) == 1;
                w *= upper ? frac : 1 - frac;
                index = index * LEVELS + (upper ? hi : lo);
            }
            v[index] += (float) w;
        }
    }

    private static double pos(int channel) {
        return channel / 255.0 * (LEVELS - 1);
    }

    static void normalise(float[] v) {
        double sum = 0;
        for (float x : v) sum += x * x;
        if (sum == 0) return;
        float inv = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) v[i] *= inv;
    }
}
