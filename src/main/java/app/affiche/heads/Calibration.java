package app.affiche.heads;

/** Expected calibration error: how far stated probabilities are from how often they come true. */
public final class Calibration {
    public static final int BINS = 10;

    private Calibration() {
    }

    /**
     * ECE over {@link #BINS} equal-width bins of confidence: Σ_b (n_b / n) · |accuracy_b − mean confidence_b|.
     * A confidence of exactly 1 falls in the top bin. 0 for no samples.
     */
    public static double ece(double[] confidence, boolean[] correct) {
        if (confidence.length != correct.length) throw new IllegalArgumentException("confidences and outcomes differ in length");
        double[] conf = new double[BINS], hits = new double[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(BINS - 1, (int) (confidence[i] * BINS));
            conf[b] += confidence[i];
            hits[b] += correct[i] ? 1 : 0;
            count[b]++;
        }
        double e = 0;
        for (int b = 0; b < BINS; b++) if (count[b] > 0) e += Math.abs(hits[b] - conf[b]);
        return confidence.length == 0 ? 0 : e / confidence.length;
    }
}
