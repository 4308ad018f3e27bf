package app.affiche.similar;

/** The k smallest distances seen so far, kept sorted (k is small: a handful of suggestions). Ties keep the lower row. */
final class TopK {
    private final int k;
    private final int[] rows;
    private final double[] distances;
    private int size;

    TopK(int k) {
        this.k = k;
        this.rows = new int[k];
        this.distances = new double[k];
    }

    /** The distance a candidate must beat to get in. */
    double bound() {
        return size < k ? Double.POSITIVE_INFINITY : distances[size - 1];
    }

    void offer(int row, double distance) {
        if (k == 0 || Double.isNaN(distance)) return;
        if (size == k && !before(distance, row, distances[k - 1], rows[k - 1])) return;
        int i = size < k ? size++ : k - 1;
        while (i > 0 && before(distance, row, distances[i - 1], rows[i - 1])) {
            distances[i] = distances[i - 1];
            rows[i] = rows[i - 1];
            i--;
        }
        distances[i] = distance;
        rows[i] = row;
    }

    TopK merge(TopK other) {
        for (int i = 0; i < other.size; i++) offer(other.rows[i], other.distances[i]);
        return this;
    }

    int size() {
        return size;
    }

    int row(int i) {
        return rows[i];
    }

    double distance(int i) {
        return distances[i];
    }

    private static boolean before(double d, int row, double otherD, int otherRow) {
        return d < otherD || (d == otherD && row < otherRow);
    }
}
