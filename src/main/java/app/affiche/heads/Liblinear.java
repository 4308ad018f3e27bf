package app.affiche.heads;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.Random;

/** Thin bridge to liblinear: dense rows in, plain weight vectors out (so the heads never keep liblinear objects). */
final class Liblinear {
    static {
        Linear.disableDebugOutput();
    }

    private Liblinear() {
    }

    /** liblinear rows with a trailing bias feature; built once and shared by every genre of a scope. */
    static Feature[][] rows(double[][] x) {
        Feature[][] rows = new Feature[x.length][];
        for (int i = 0; i < x.length; i++) {
            int d = x[i].length;
            Feature[] r = new Feature[d + 1];
            for (int j = 0; j < d; j++) r[j] = new FeatureNode(j + 1, x[i][j]);
            r[d] = new FeatureNode(d + 1, 1.0);
            rows[i] = r;
        }
        return rows;
    }

    /** Binary L2-loss SVM with balanced class weights on the rows selected by {@code idx}. */
    static LinearScorer trainBinary(Feature[][] rows, int[] idx, boolean[] positive, double c, long seed) {
        Problem p = problem(rows, idx);
        int pos = 0;
        for (int i = 0; i < idx.length; i++) {
            p.y[i] = positive[idx[i]] ? 1 : -1;
            if (positive[idx[i]]) pos++;
        }
        int n = idx.length;
        Parameter param = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, c, 0.1);
        param.setWeights(new double[]{n / (2.0 * Math.max(pos, 1)), n / (2.0 * Math.max(n - pos, 1))}, new int[]{1, -1});
        param.setRandom(new Random(seed));
        Model m = Linear.train(p, param);
        double[] w = m.getFeatureWeights();
        int d = w.length - 1;
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        double[] wd = new double[d];
        for (int j = 0; j < d; j++) wd[j] = sign * w[j];
        return new LinearScorer(wd, sign * w[d]);
    }

    /** Multinomial (one-vs-rest) logistic regression; returns one scorer per class index 0..k-1. */
    static LinearScorer[] trainMulticlass(Feature[][] rows, int[] idx, int[] cls, int k, double c, long seed) {
        Problem p = problem(rows, idx);
        for (int i = 0; i < idx.length; i++) p.y[i] = cls[idx[i]];
        Parameter param = new Parameter(SolverType.L2R_LR, c, 0.01);
        param.setRandom(new Random(seed));
        Model m = Linear.train(p, param);
        double[] w = m.getFeatureWeights();
        int[] labels = m.getLabels();
        int nr = m.getNrClass();
        int d = m.getNrFeature();
        LinearScorer[] out = new LinearScorer[k];
        for (int c2 = 0; c2 < k; c2++) out[c2] = new LinearScorer(new double[d], -1e3);
        if (nr == 1) {
            out[labels[0]] = new LinearScorer(new double[d], 1e3);
            return out;
        }
        for (int ci = 0; ci < nr; ci++) {
            double[] wd = new double[d];
            double[] full = new double[d + 1];
            for (int j = 0; j <= d; j++) full[j] = nr == 2 ? (ci == 0 ? w[j] : -w[j]) : w[j * nr + ci];
            System.arraycopy(full, 0, wd, 0, d);
            out[labels[ci]] = new LinearScorer(wd, full[d]);
        }
        return out;
    }

    private static Problem problem(Feature[][] rows, int[] idx) {
        Problem p = new Problem();
        p.l = idx.length;
        Feature[] first = rows[idx[0]];
        p.n = first[first.length - 1].getIndex(); // the bias feature is last and highest
        p.bias = 1;
        p.x = new Feature[idx.length][];
        for (int i = 0; i < idx.length; i++) p.x[i] = rows[idx[i]];
        p.y = new double[idx.length];
        return p;
    }
}
