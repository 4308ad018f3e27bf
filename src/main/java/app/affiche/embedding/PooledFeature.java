package app.affiche.embedding;

import java.util.List;

/**
 * A statistic of one intermediate feature map, appended to an encoder's embedding. Mid-level maps describe how a
 * poster is printed (halftone, paper, ink, lettering) rather than what it shows, which is what dates it:
 * "mean" and "std" are per-channel over positions; "gram" is the channel co-activation matrix (upper triangle,
 * divided by the positions), the texture statistic of style-transfer work.
 *
 * @param tensor the tensor's name in the ONNX graph (exposed as an extra output at load time)
 */
public record PooledFeature(String tensor, String pool) {
    public static final List<String> POOLS = List.of("mean", "std", "gram");

    /** Floats this feature adds for a map with {@code channels} channels. */
    int length(int channels) {
        return "gram".equals(pool) ? channels * (channels + 1) / 2 : channels;
    }

    /** Pools one image's map ({@code channels} x {@code positions} floats from {@code offset}) into out[at...]. */
    void pool(float[] map, int offset, int channels, int positions, float[] out, int at) {
        switch (pool) {
            case "mean", "std" -> {
                for (int c = 0; c < channels; c++) {
                    double sum = 0, squares = 0;
                    int base = offset + c * positions;
                    for (int p = 0; p < positions; p++) {
                        float v = map[base + p];
                        sum += v;
                        squares += v * v;
                    }
                    double mean = sum / positions;
                    out[at + c] = (float) ("mean".equals(pool) ? mean : Math.sqrt(Math.max(0, squares / positions - mean * mean)));
                }
            }
            case "gram" -> {
                int k = at;
                for (int c1 = 0; c1 < channels; c1++) {
                    int a = offset + c1 * positions;
                    for (int c2 = c1; c2 < channels; c2++) {
                        int b = offset + c2 * positions;
                        double dot = 0;
                        for (int p = 0; p < positions; p++) dot += map[a + p] * map[b + p];
                        out[k++] = (float) (dot / positions);
                    }
                }
            }
            default -> throw new IllegalArgumentException("pool must be among " + POOLS + ", is " + pool);
        }
    }

    /** Scales out[from, from + length) to unit length, so that no block outweighs another by its scale. */
    static void normalise(float[] out, int from, int length) {
        double squares = 0;
        for (int i = from; i < from + length; i++) squares += out[i] * out[i];
        if (squares <= 0) return;
        float inverse = (float) (1 / Math.sqrt(squares));
        for (int i = from; i < from + length; i++) out[i] *= inverse;
    }
}
