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
import java.util.concurrent.ExecutionException;
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
        Feature[][] rows = new Feature[n][];
        {
            double[][] x = new double[n][];
            for (int i = 0; i < n; i++) {
                Integer y = data.years().get(i);
                x[i] = tf.apply(data.embeddings()[i], y == null ? null : tf.oneHot(Decade.ofYear(y)));
            }
            rows = Liblinear.rows(x);
        }
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
            ScopeTrainer st = new ScopeTrainer(cfg, rows, truth, genres, pool, cancelled,
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
            DecadeHead decadeHead = trainDecadeHead(rows, data, seen, tf);
            listener.progress(done.incrementAndGet(), total, "decade head");
            Heads heads = new Heads(data.encoderId(), tf.inputDimension(), genres, tf, global, perDecade, decadeHead, cfg);
            int withYear = (int) data.years().stream().filter(java.util.Objects::nonNull).count();
            TrainingReport report = new TrainingReport(data.encoderId(), n, scopes,
                    decadeHead == null ? List.of() : decadeHead.decades().stream().map(Decade::label).toList(),
                    withYear, (System.nanoTime() - t0) / 1_000_000);
            return new Outcome(heads, report);
        } finally {
            pool.shutdownNow();
        }
    }

    private DecadeHead trainDecadeHead(Feature[][] rows, TrainingData data, TreeSet<Decade> seen, FeatureTransform tf) {
        if (seen.size() < 2) return null;
        List<Decade> decades = List.copyOf(seen);
        int blockStart = tf.outputDimension() - tf.decades().size();
        List<Integer> idx = new ArrayList<>();
        int[] cls = new int[data.size()];
        Feature[][] plain = new Feature[rows.length][];
        for (int i = 0; i < data.size(); i++) {
            Integer y = data.years().get(i);
            if (y == null) continue;
            idx.add(i);
            cls[i] = decades.indexOf(Decade.ofYear(y));
            Feature[] r = rows[i];
            // the decade block would give the answer away: leave it out (sparse rows may omit features)
            List<Feature> keep = new ArrayList<>(blockStart + 1);
            for (Feature f : r) if (f.getIndex() <= blockStart || f == r[r.length - 1]) keep.add(f);
            plain[i] = keep.toArray(Feature[]::new);
        }
        int[] ix = idx.stream().mapToInt(Integer::intValue).toArray();
        LinearScorer[] s = Liblinear.trainMulticlass(plain, ix, cls, decades.size(), cfg.decadeC(), cfg.seed());
        return new DecadeHead(decades, List.of(s), cfg.decadeEstimate());
    }

    /** Trains every genre of one scope with out-of-fold calibration, then picks thresholds jointly. */
    private record ScopeTrainer(HeadsConfig cfg, Feature[][] rows, boolean[][] truth, List<String> genres,
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
                GenreFit fit = join(f);
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
                        thresholds[k] * (1 - cfg.suggestionBand()), fit.positives(), f1));
            }
            reports.add(new TrainingReport.Scope(scope, idx.length, f1s, skipped, null, Metrics.f1(tp, fp, fn),
                    fits.isEmpty() ? 0 : macro / fits.size(), (System.nanoTime() - t0) / 1_000_000));
            return new HeadSet(scope, idx.length, heads, skipped);
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
            for (int f = 0; f < k; f++) {
                if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
                int ff = f;
                int[] trainIdx = java.util.stream.IntStream.range(0, idx.length).filter(i -> fold[i] != ff).map(i -> idx[i]).toArray();
                LinearScorer s = Liblinear.trainBinary(rows, trainIdx, t, cfg.c(), cfg.seed() + 31L * g + f);
                for (int i = 0; i < idx.length; i++) if (fold[i] == f) oof[i] = s.score(features(rows[idx[i]]));
            }
            if (cancelled.getAsBoolean()) throw new TrainingCancelledException();
            Platt platt = Platt.fit(oof, y);
            double[] prob = new double[oof.length];
            for (int i = 0; i < oof.length; i++) prob[i] = platt.probability(oof[i]);
            LinearScorer full = Liblinear.trainBinary(rows, idx, t, cfg.c(), cfg.seed() + 31L * g + k);
            tick.accept(scope + " " + genre);
            return new GenreFit(g, null, full, platt, prob, pos);
        }

        private static double[] features(Feature[] row) {
            double[] x = new double[row.length - 1];
            for (int j = 0; j < row.length - 1; j++) x[row[j].getIndex() - 1] = row[j].getValue();
            return x;
        }

        private GenreFit join(Future<GenreFit> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TrainingCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
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
