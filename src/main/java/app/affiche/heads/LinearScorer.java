package app.affiche.heads;

/** A trained linear decision function: score = w·x + b (positive = the class). */
public record LinearScorer(double[] w, double b) {
    public double score(double[] x) {
        double s = b;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }
}
