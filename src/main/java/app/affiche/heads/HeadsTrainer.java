package app.affiche.heads;

import app.affiche.poster.Decade;
import de.bwaldvogel.liblinear.Feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Trains the global, per-decade and decade heads from confirmed labels. Deterministic for a config seed. */
public final class HeadsTrainer {
    private final HeadsConfig cfg;

    public HeadsTrainer(HeadsConfig cfg) {
        this.cfg = cfg;
    }

    public record Outcome(Heads heads, TrainingReport report) {
    }

    public Outcome train(TrainingData data, TrainingListener listener, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        if (data.size() == 0)
            throw new HeadsException("no confirmed labels: label posters or `affiche import --labels CSV` first");
        TreeSet<Decade> seen = new TreeSet<>();
        for (Integer y : data.years()) if (y != null) seen.add(Decade.ofYear(y));
        FeatureTransform tf = FeatureTransform.fit(data.embeddings(), cfg,
                cfg.decadeFeature() ? List.copyOf(seen) : List.of());
        int n = data.size();
        float[][] dense = new float[n][];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            Integer y = data.years().get(i);
            x[i] = tf.apply(data.embeddings()[i], y == null ? null : tf.oneHot(Decade.ofYear(y)));
            dense[i] = new float[x[i].length];
            for (int j = 0; j < x[i].length; j++) dense[i][j] = (float) x[i][j];
        }
        // liblinear's row objects cost ~30 bytes a value: built only when liblinear is the solver
        Feature[][] rows = cfg.solver() == HeadsConfig.Solver.LIBLINEAR ? Liblinear.rows(x) : null;
        x = null;
        List<String> genres = data.genres();
        boolean[][] truth = new boolean[genres.size()][n];
        for (int g = 0; g < genres.size(); g++)
            for (int i = 0; i < n; i++) truth[g][i] = data.labels().get(i).contains(genres.get(g));

        Map<Decade, int[]> byDecade = new TreeMap<>();
        for (Decade d : seen) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < n; i++) if (data.years().get(i) != null && d.contains(data.years().get(i))) idx.add(i);
            byDecade.put(d, idx.stream().mapToInt(Integer::intValue).toArray());
        }
        List<Decade> decadeScopes = new ArrayList<>();
        if (cfg.decadeBlend() > 0)
            for (var e : byDecade.entrySet()) if (e.getValue().length >= cfg.minDecadeLabels()) decadeScopes.add(e.getKey());
        int total = genres.size() * (1 + decadeScopes.size()) + 1;
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, cfg.threads()));
        try {
            boolean[] pre1980 = new boolean[n];
            for (int i = 0; i < n; i++) pre1980[i] = data.years().get(i) != null && data.years().get(i) < HeadsEvaluator.ERA_SPLIT;
            ScopeTrainer st = new ScopeTrainer(cfg, rows, dense, truth, pre1980, genres, pool, cancelled,
                    msg -> listener.progress(done.incrementAndGet(), total, msg));
            List<TrainingReport.Scope> scopes = new ArrayList<>();
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            HeadSet global = st.train("global", all, scopes);
            SortedMap<Decade, HeadSet> perDecade = new TreeMap<>();
            for (var e : byDecade.entrySet()) {
                Decade d = e.getKey();
                if (decadeScopes.contains(d)) perDecade.put(d, st.train(d.label(), e.getValue(), scopes));
                else scopes.add(new TrainingReport.Scope(d.label(), e.getValue().length, Map.of(), Map.of(),
                        cfg.decadeBlend() <= 0 ? "global heads with the decade as a feature speak for it"
                                : e.getValue().length + " labelled posters, needs " + cfg.minDecadeLabels()
                                + ": the global heads speak", 0, 0, 0));
            }
            if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
            DecadeHeadTrainer.Trained decade = trainDecadeHead(dense, data, seen, tf, pool, cancelled);
            DecadeHead decadeHead = decade.head();
            listener.progress(done.incrementAndGet(), total, "decade head");
            Heads heads = new Heads(data.encoderId(), tf.inputDimension(), genres, tf, global, perDecade, decadeHead, cfg);
            int withYear = (int) data.years().stream().filter(java.util.Objects::nonNull).count();
            TrainingReport report = new TrainingReport(data.encoderId(), n, scopes,
                    decadeHead == null ? List.of() : decadeHead.decades().stream().map(Decade::label).toList(),
                    withYear, decade.fit(), (System.nanoTime() - t0) / 1_000_000);
            return new Outcome(heads, report);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The decade head on the features without the decade block (it would give the answer away). */
    private DecadeHeadTrainer.Trained trainDecadeHead(float[][] dense, TrainingData data, TreeSet<Decade> seen,
                                       FeatureTransform tf, ExecutorService pool, BooleanSupplier cancelled) {
        int blockStart = tf.outputDimension() - tf.decades().size();
        float[][] plain = new float[dense.length][];
        for (int i = 0; i < data.size(); i++) {
            if (data.years().get(i) == null) continue;
            plain[i] = java.util.Arrays.copyOf(dense[i], dense[i].length);
            java.util.Arrays.fill(plain[i], blockStart, dense[i].length, 0f);
        }
        return new DecadeHeadTrainer(cfg, pool, cancelled).train(plain, data, List.copyOf(seen));
    }

    /** Trains every genre of one scope with out-of-fold calibration, then picks thresholds jointly. */
    private record ScopeTrainer(HeadsConfig cfg, Feature[][] rows, float[][] dense, boolean[][] truth, boolean[] pre1980,
                                List<String> genres,
                                ExecutorService pool, BooleanSupplier cancelled,
                                java.util.function.Consumer<String> tick) {

        HeadSet train(String scope, int[] idx, List<TrainingReport.Scope> reports) {
            long t0 = System.nanoTime();
            int[] fold = folds(idx.length, cfg.calibrationFolds(), cfg.seed());
            List<Future<GenreFit>> futures = new ArrayList<>();
            for (int g = 0; g < genres.size(); g++) {
                int gi = g;
                futures.add(pool.submit(() -> fitGenre(scope, idx, fold, gi)));
            }
            List<GenreFit> fits = new ArrayList<>();
            Map<String, String> skipped = new LinkedHashMap<>();
            for (Future<GenreFit> f : futures) {
                GenreFit fit = TrainingFutures.join(f);
                if (fit.skipped() != null) skipped.put(genres.get(fit.genre()), fit.skipped());
                else fits.add(fit);
            }
            double[][] probs = new double[fits.size()][];
            boolean[][] tr = new boolean[fits.size()][];
            for (int k = 0; k < fits.size(); k++) {
                probs[k] = fits.get(k).oofProbability();
                tr[k] = new boolean[idx.length];
                for (int i = 0; i < idx.length; i++) tr[k][i] = truth[fits.get(k).genre()][idx[i]];
            }
            double[] thresholds = ThresholdChooser.choose(probs, tr, cfg.threshold());
            double[] pre1980Thresholds = scope.equals("global") ? pre1980Thresholds(idx, probs, tr, thresholds) : thresholds;
            List<GenreHead> heads = new ArrayList<>();
            Map<String, Double> f1s = new LinkedHashMap<>();
            long tp = 0, fp = 0, fn = 0;
            double macro = 0;
            for (int k = 0; k < fits.size(); k++) {
                GenreFit fit = fits.get(k);
                int[] c = ThresholdChooser.count(probs[k], tr[k], thresholds[k]);
                double f1 = Metrics.f1(c[0], c[1], c[2]);
                tp += c[0];
                fp += c[1];
                fn += c[2];
                macro += f1;
                String genre = genres.get(fit.genre());
                f1s.put(genre, f1);
                heads.add(new GenreHead(genre, fit.scorer(), fit.platt(), thresholds[k],
                        thresholds[k] * (1 - cfg.suggestionBand()), pre1980Thresholds[k], fit.positives(), f1));
            }
            reports.add(new TrainingReport.Scope(scope, idx.length, f1s, skipped, null, Metrics.f1(tp, fp, fn),
                    fits.isEmpty() ? 0 : macro / fits.size(), (System.nanoTime() - t0) / 1_000_000));
            return new HeadSet(scope, idx.length, heads, skipped);
        }

        /**
         * Pre-1980 posters score lower on every genre, so all-era thresholds cost them recall. Each genre's F1
         * optimum on the pre-1980 out-of-fold probabilities alone (what maximises their weighted F1), shrunk towards
         * the all-era threshold; a genre with too few pre-1980 examples keeps the all-era one.
         */
        private double[] pre1980Thresholds(int[] idx, double[][] probs, boolean[][] tr, double[] thresholds) {
            double w = cfg.pre1980Weight();
            int m = 0;
            for (int i : idx) if (pre1980[i]) m++;
            if (w <= 0 || m < cfg.minPositives()) return thresholds;
            double[] out = thresholds.clone();
            for (int k = 0; k < probs.length; k++) {
                double[] p = new double[m];
                boolean[] t = new boolean[m];
                int j = 0, positives = 0;
                for (int i = 0; i < idx.length; i++) {
                    if (!pre1980[idx[i]]) continue;
                    p[j] = probs[k][i];
                    t[j] = tr[k][i];
                    if (t[j++]) positives++;
                }
                if (positives < cfg.minPositives()) continue;
                double own = ThresholdChooser.choose(new double[][]{p}, new boolean[][]{t}, ThresholdObjective.GENRE_F1)[0];
                out[k] = (1 - w) * thresholds[k] + w * own;
            }
            return out;
        }

        private GenreFit fitGenre(String scope, int[] idx, int[] fold, int g) {
            boolean[] t = truth[g];
            int pos = 0;
            for (int i : idx) if (t[i]) pos++;
            int neg = idx.length - pos;
            String genre = genres.get(g);
            if (pos < cfg.minPositives() || neg < cfg.minPositives()) {
                tick.accept(scope + " " + genre + " skipped");
                return GenreFit.skipped(g, (pos < cfg.minPositives() ? pos + " examples" : neg + " counter-examples")
                        + ", needs " + cfg.minPositives());
            }
            int k = cfg.calibrationFolds();
            double[] oof = new double[idx.length];
            boolean[] y = new boolean[idx.length];
            for (int i = 0; i < idx.length; i++) y[i] = t[idx[i]];
            LinearScorer[] foldModels = new LinearScorer[k];
            for (int f = 0; f < k; f++) {
                if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
                int ff = f;
                int[] trainIdx = java.util.stream.IntStream.range(0, idx.length).filter(i -> fold[i] != ff).map(i -> idx[i]).toArray();
                LinearScorer s = fit(trainIdx, t, cfg.seed() + 31L * g + f);
                foldModels[f] = s;
                for (int i = 0; i < idx.length; i++) if (fold[i] == f) oof[i] = s.score(dense[idx[i]]);
            }
            if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
            Platt platt = Platt.fit(oof, y);
            double[] prob = new double[oof.length];
            for (int i = 0; i < oof.length; i++) prob[i] = platt.probability(oof[i]);
            LinearScorer full = cfg.refit() ? fit(idx, t, cfg.seed() + 31L * g + k)
                    : LinearScorer.mean(foldModels);
            tick.accept(scope + " " + genre);
            return new GenreFit(g, null, full, platt, prob, pos);
        }

        private LinearScorer fit(int[] trainIdx, boolean[] positive, long seed) {
            return cfg.solver() == HeadsConfig.Solver.DENSE
                    ? DenseSvm.train(dense, trainIdx, positive, cfg.c(), 0.1, seed)
                    : Liblinear.trainBinary(rows, trainIdx, positive, cfg.c(), seed);
        }

    }

    private record GenreFit(int genre, String skipped, LinearScorer scorer, Platt platt, double[] oofProbability,
                            int positives) {
        static GenreFit skipped(int g, String why) {
            return new GenreFit(g, why, null, null, null, 0);
        }
    }

    /** Fold id per position: a seeded shuffle dealt round-robin, so folds differ in size by at most one. */
    static int[] folds(int n, int k, long seed) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        java.util.Random r = new java.util.Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) fold[perm[i]] = i % k;
        return fold;
    }
}
