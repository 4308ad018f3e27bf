package app.affiche.pipeline;

/**
 * Occlusion sensitivity of one genre over a poster: for each cell of a rows x cols grid laid over the poster,
 * how much that genre's probability fell when the cell was greyed out ({@code baseline - occluded}; negative
 * where hiding the cell made the genre more likely). Row-major, row 0 at the top.
 *
 * @param baseline   the genre's probability on the un-occluded (downscaled) poster
 * @param batchSize  images per encoder call used to compute it
 * @param millis     wall time of the computation (embedding and prediction of all copies)
 */
public record OcclusionMap(String genre, int rows, int cols, double[] drops, double baseline, int batchSize,
                           long millis) {
    public OcclusionMap {
        if (drops.length != rows * cols) throw new IllegalArgumentException("drops must hold rows x cols values");
        drops = drops.clone();
    }

    public double drop(int row, int col) {
        return drops[row * cols + col];
    }

    /** The largest absolute drop, for scaling a colour map (at least a tiny positive number). */
    public double maxMagnitude() {
        double max = 1e-9;
        for (double d : drops) max = Math.max(max, Math.abs(d));
        return max;
    }

    @Override
    public double[] drops() {
        return drops.clone();
    }
}
