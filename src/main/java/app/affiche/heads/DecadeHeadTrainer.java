package app.affiche.heads;

import app.affiche.poster.Decade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Trains the decade head on the dated posters: class-balanced one-vs-rest, ordinal and within-era SVMs (dense
 * solver), their out-of-fold scores calibrated by {@link DecadeCalibration}, under the prior
 * {@link DecadePrior#fromCurated} picks.
 * Balancing matters: unweighted, the head learnt the training set's 82 % post-1980 mix and put 59 % of pre-1980
 * posters more than a decade off (5 folds of the shared posters; README › heads).
 */
final class DecadeHeadTrainer {
    private final HeadsConfig cfg;
    private final ExecutorService pool;
    private final BooleanSupplier cancelled;

    DecadeHeadTrainer(HeadsConfig cfg, ExecutorService pool, BooleanSupplier cancelled) {
        this.cfg = cfg;
        this.pool = pool;
        this.cancelled = cancelled;
    }

    record Trained(DecadeHead head, TrainingReport.DecadeFit fit) {
    }

    /** @param rows features without the decade block (it would give the answer away); null rows are undated */
    Trained train(float[][] rows, TrainingData data, List<Decade> decades) {
        if (decades.size() < 2) return new Trained(null, null);
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) if (data.years().get(i) != null) dated.add(i);
        int[] ix = dated.stream().mapToInt(Integer::intValue).toArray();
        int[] cls = new int[data.size()];
        Map<Decade, Integer> curated = new TreeMap<>();
        for (int i : ix) {
            Decade d = Decade.ofYear(data.years().get(i));
            cls[i] = decades.indexOf(d);
            if (data.curated().get(i)) curated.merge(d, 1, Integer::sum);
        }
        int k = cfg.calibrationFolds();
        int[] fold = HeadsTrainer.folds(ix.length, k, cfg.seed());
        int scorerCount = 3 * decades.size() - 1;
        List<List<Future<LinearScorer>>> byFold = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int ff = f;
            int[] train = java.util.stream.IntStream.range(0, ix.length).filter(i -> fold[i] != ff).map(i -> ix[i]).toArray();
            List<Future<LinearScorer>> fs = submitScorers(rows, train, cls, decades.size(), cfg.seed() + 104729L * f);
            fs.addAll(submitWithinEra(rows, train, cls, decades, cfg.seed() + 104729L * f));
            byFold.add(fs);
        }
        double[][] oof = new double[ix.length][];
        LinearScorer[][] foldModels = new LinearScorer[k][];
        for (int f = 0; f < k; f++) {
            LinearScorer[] s = foldModels[f] = joinAll(byFold.get(f));
            for (int i = 0; i < ix.length; i++) if (fold[i] == f) oof[i] = scores(s, rows[ix[i]]);
        }
        // The head keeps the mean of the fold models rather than a refit on every dated poster: on 5 folds of the
        // shared posters it placed more pre-1980 posters within a decade (0.613 against 0.601; exact 0.304 against
        // 0.294) at a decade ECE of 0.047 against 0.037, and it saves a fourth round of SVMs in every retrain.
        LinearScorer[] full = mean(foldModels);
        int[] truth = new int[ix.length];
        for (int i = 0; i < ix.length; i++) truth[i] = cls[ix[i]];
        DecadePrior prior = DecadePrior.fromCurated(decades, curated);
        DecadeCalibration cal = DecadeCalibration.fit(oof, truth, decades.size(), prior.logs());
        if (full.length != scorerCount) throw new IllegalStateException("decade scorers: " + full.length);
        DecadeHead head = new DecadeHead(decades, List.of(full), cal, prior, cfg.decadeEstimate());
        return new Trained(head, outOfFold(head, oof, truth, ix, data));
    }

    /** Within one decade, overall and before 1980, from the out-of-fold scores (what the Retrain summary shows). */
    private static TrainingReport.DecadeFit outOfFold(DecadeHead head, double[][] oof, int[] truth, int[] ix, TrainingData data) {
        int within = 0, old = 0, oldWithin = 0, curatedOld = 0;
        for (int i = 0; i < oof.length; i++) {
            double[] p = DecadeCalibration.softmax(head.calibration().logits(oof[i]), head.prior().logs());
            boolean near = Math.abs(head.best(p).start() - head.decades().get(truth[i]).start()) <= 10;
            if (near) within++;
            if (data.years().get(ix[i]) < HeadsEvaluator.ERA_SPLIT) {
                old++;
                if (near) oldWithin++;
                if (data.curated().get(ix[i])) curatedOld++;
            }
        }
        return new TrainingReport.DecadeFit(within / (double) oof.length, old == 0 ? Double.NaN : oldWithin / (double) old,
                old, head.prior().source(), curatedOld);
    }

    /** One scorer per decade, then one per boundary ("later than decade b"), all class-balanced. */
    private List<Future<LinearScorer>> submitScorers(float[][] rows, int[] train, int[] cls, int decades, long seed) {
        List<Future<LinearScorer>> fs = new ArrayList<>();
        for (int j = 0; j < 2 * decades - 1; j++) {
            boolean[] pos = new boolean[rows.length];
            for (int i : train) pos[i] = j < decades ? cls[i] == j : cls[i] > j - decades;
            long s = seed + 7919L * j;
            fs.add(pool.submit(() -> {
                if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
                return DenseSvm.train(rows, train, pos, cfg.decadeC(), 0.1, s, true);
            }));
        }
        return fs;
    }

    /**
     * One more class-balanced one-vs-rest SVM per decade, trained only on posters of that decade's era (before 1980,
     * or from 1980 on): against all posters, a 1950s scorer spends its margin on telling vintage from modern, which
     * the boundary scorers already do; within its era it learns what sets the 1950s apart from the 1940s and 1960s.
     * The calibration layer weighs them with the rest. 5 folds of the shared posters: pre-1980 within ±1 0.612 to
     * 0.627, exact 0.303 to 0.308 (README › heads).
     */
    private List<Future<LinearScorer>> submitWithinEra(float[][] rows, int[] train, int[] cls, List<Decade> decades, long seed) {
        List<Future<LinearScorer>> fs = new ArrayList<>();
        for (int j = 0; j < decades.size(); j++) {
            boolean old = vintage(decades.get(j));
            int jj = j;
            int[] within = java.util.Arrays.stream(train).filter(i -> vintage(decades.get(cls[i])) == old).toArray();
            // an era holding no other decade (a catalogue of one vintage decade) has nothing to tell apart: all posters
            int[] era = java.util.Arrays.stream(within).allMatch(i -> cls[i] == jj) ? train : within;
            boolean[] pos = new boolean[rows.length];
            for (int i : era) pos[i] = cls[i] == j;
            long s = seed + 7919L * (100 + j);
            fs.add(pool.submit(() -> {
                if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
                return DenseSvm.train(rows, era, pos, cfg.decadeC(), 0.1, s, true);
            }));
        }
        return fs;
    }

    private static boolean vintage(Decade d) {
        return d.start() < HeadsEvaluator.ERA_SPLIT;
    }

    private static LinearScorer[] mean(LinearScorer[][] folds) {
        LinearScorer[] out = new LinearScorer[folds[0].length];
        for (int j = 0; j < out.length; j++) {
            LinearScorer[] each = new LinearScorer[folds.length];
            for (int f = 0; f < folds.length; f++) each[f] = folds[f][j];
            out[j] = LinearScorer.mean(each);
        }
        return out;
    }

    private static double[] scores(LinearScorer[] s, float[] x) {
        double[] r = new double[s.length];
        for (int j = 0; j < s.length; j++) r[j] = s[j].score(x);
        return r;
    }

    private static LinearScorer[] joinAll(List<Future<LinearScorer>> fs) {
        LinearScorer[] out = new LinearScorer[fs.size()];
        for (int j = 0; j < out.length; j++) out[j] = TrainingFutures.join(fs.get(j));
        return out;
    }
}
