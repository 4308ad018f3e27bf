package app.affiche.heads;

/** A trained linear decision function: score = w·x + b (positive = the class). */
public record LinearScorer(double[] w, double b) {
    public double score(double[] x) {
        double s = b;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }

    public double score(float[] x) {
        double s = b;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }

    /** The average of several scorers (for linear scorers, the mean of their scores). */
    public static LinearScorer mean(LinearScorer... scorers) {
        double[] w = new double[scorers[0].w().length];
        double b = 0;
        for (LinearScorer s : scorers) {
            for (int i = 0; i < w.length; i++) w[i] += s.w()[i] / scorers.length;
            b += s.b() / scorers.length;
        }
        return new LinearScorer(w, b);
    }
}
