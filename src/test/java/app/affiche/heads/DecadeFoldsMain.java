package app.affiche.heads;

import app.affiche.pipeline.EmbeddingCache;
import app.affiche.poster.Decade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Issue 14's research harness, not a test: the production decade head alone on k folds of posters.csv-format files,
 * embeddings from an `affiche eval` cache, so decision rules and priors can be compared in minutes instead of a
 * full `affiche eval` per fold. Figures it prints are for choosing what to measure with `affiche eval`.
 *
 * <pre>java -cp target/test-classes:target/classes:target/lib/* app.affiche.heads.DecadeFoldsMain CACHE FOLDS_DIR [k]</pre>
 * FOLDS_DIR holds train0.csv/test0.csv …; the CSVs' "file" column is an absolute path, "year" the year.
 */
public final class DecadeFoldsMain {
    private DecadeFoldsMain() {
    }

    record Row(float[] embedding, int year) {
    }

    public static void main(String[] args) throws Exception {
        EmbeddingCache cache = new EmbeddingCache(Path.of(args[0]));
        Path dir = Path.of(args[1]);
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        HeadsConfig cfg = HeadsConfig.defaults();
        Map<String, double[]> sums = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(cfg.threads());
        try {
            for (int f = 0; f < k; f++) {
                List<Row> train = read(dir.resolve("train" + f + ".csv"), cache), test = read(dir.resolve("test" + f + ".csv"), cache);
                TreeSet<Decade> seen = new TreeSet<>();
                for (Row r : train) seen.add(Decade.ofYear(r.year()));
                List<Decade> decades = List.copyOf(seen);
                float[][] emb = train.stream().map(Row::embedding).toArray(float[][]::new);
                FeatureTransform tf = FeatureTransform.fit(emb, cfg, decades);
                float[][] rows = new float[emb.length][];
                for (int i = 0; i < emb.length; i++) rows[i] = toFloat(tf.apply(emb[i], null));
                List<Integer> years = train.stream().map(Row::year).toList();
                TrainingData data = new TrainingData("x", emb, java.util.Collections.nCopies(emb.length, Set.<String>of()),
                        years, List.of());
                DecadeHead head = new DecadeHeadTrainer(cfg, pool, () -> false).train(rows, data, decades).head();
                for (var v : variants(head, train, decades).entrySet()) {
                    double[] s = score(v.getValue(), test, tf);
                    double[] acc = sums.computeIfAbsent(v.getKey(), x -> new double[s.length]);
                    for (int j = 0; j < s.length; j++) acc[j] += s[j] / k;
                    System.err.printf(Locale.ROOT, "fold %d %-34s %s%n", f, v.getKey(), fmt(s));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("variant                            exact  ±1     pre80ex pre80±1 pre40±1 balanced");
        sums.forEach((name, s) -> System.out.printf(Locale.ROOT, "%-34s %s%n", name, fmt(s)));
    }

    /** The trained head under each decision rule and prior compared. */
    static Map<String, DecadeHead> variants(DecadeHead head, List<Row> train, List<Decade> decades) {
        double[] mix = new double[decades.size()];
        for (Row r : train) mix[decades.indexOf(Decade.ofYear(r.year()))] += 1.0 / train.size();
        DecadePrior training = new DecadePrior(mix, "training mix");
        Map<String, DecadeHead> out = new LinkedHashMap<>();
        for (HeadsConfig.DecadeEstimate e : HeadsConfig.DecadeEstimate.values()) {
            DecadeHead h = new DecadeHead(head.decades(), head.scorers(), head.calibration(), head.prior(), e);
            out.put("uniform " + e, h);
            out.put("training-mix " + e, h.withPrior(training));
        }
        return out;
    }

    /** exact, ±1, pre-1980 exact, pre-1980 ±1, pre-1940 ±1, balanced accuracy. */
    static double[] score(DecadeHead head, List<Row> test, FeatureTransform tf) {
        int n = 0, ex = 0, w1 = 0, old = 0, oldEx = 0, oldW1 = 0, older = 0, olderW1 = 0;
        Map<Decade, int[]> perDecade = new java.util.TreeMap<>();
        for (Row r : test) {
            Decade truth = Decade.ofYear(r.year()), est = head.best(head.probabilities(tf.apply(r.embedding(), null)));
            boolean exact = est.equals(truth), near = Math.abs(est.start() - truth.start()) <= 10;
            n++;
            ex += exact ? 1 : 0;
            w1 += near ? 1 : 0;
            int[] pd = perDecade.computeIfAbsent(truth, x -> new int[2]);
            pd[0]++;
            pd[1] += exact ? 1 : 0;
            if (r.year() < HeadsEvaluator.ERA_SPLIT) {
                old++;
                oldEx += exact ? 1 : 0;
                oldW1 += near ? 1 : 0;
            }
            if (r.year() < 1940) {
                older++;
                olderW1 += near ? 1 : 0;
            }
        }
        double bal = perDecade.values().stream().mapToDouble(p -> p[1] / (double) p[0]).average().orElse(0);
        return new double[]{ex / (double) n, w1 / (double) n, oldEx / (double) old, oldW1 / (double) old,
                olderW1 / (double) Math.max(1, older), bal};
    }

    static List<Row> read(Path csv, EmbeddingCache cache) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = split(lines.getFirst());
        int file = header.indexOf("file"), year = header.indexOf("year");
        List<Row> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = split(line);
            float[] e = cache.get(sha256(Path.of(c.get(file))));
            if (e == null) throw new IllegalStateException("not in the cache: " + c.get(file));
            out.add(new Row(e, Integer.parseInt(c.get(year))));
        }
        return out;
    }

    /** A CSV line's cells (quoted cells with commas and doubled quotes; the posters' titles have both). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                b.append('"');
                i++;
            } else if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) {
                cells.add(b.toString());
                b.setLength(0);
            } else b.append(ch);
        }
        cells.add(b.toString());
        return cells;
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }

    static String fmt(double[] s) {
        StringBuilder b = new StringBuilder();
        for (double v : s) b.append(String.format(Locale.ROOT, "%.3f   ", v));
        return b.toString();
    }
}
