package app.affiche.heads;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dense solver must reach liblinear's optimum (same problem, same class weights): checked against real liblinear. */
class DenseSvmTest {

    @Test
    void agreesWithLiblinearOnTheSameProblem() {
        TrainingData data = Synthetic.data(800, 24, 0, 21);
        int n = data.size();
        float[][] x = data.embeddings();
        double[][] xd = new double[n][];
        int[] idx = new int[n];
        boolean[] beta = new boolean[n];
        for (int i = 0; i < n; i++) {
            xd[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) xd[i][j] = x[i][j];
            idx[i] = i;
            beta[i] = data.labels().get(i).contains("Beta");
        }
        LinearScorer lib = Liblinear.trainBinary(Liblinear.rows(xd), idx, beta, 0.01, 1);
        LinearScorer dense = DenseSvm.train(x, idx, beta, 0.01, 0.001, 1);
        double maxDiff = 0, maxScore = 0;
        int agree = 0;
        for (int i = 0; i < n; i++) {
            double a = lib.score(xd[i]), b = dense.score(x[i]);
            maxDiff = Math.max(maxDiff, Math.abs(a - b));
            maxScore = Math.max(maxScore, Math.abs(a));
            if ((a >= 0) == (b >= 0)) agree++;
        }
        assertTrue(maxDiff < 0.02 * maxScore, "max score difference " + maxDiff + " of " + maxScore);
        assertTrue(agree >= n - 3, "sign agreement " + agree + "/" + n);
    }
}
