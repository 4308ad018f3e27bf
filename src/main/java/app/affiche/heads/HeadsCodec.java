package app.affiche.heads;

import app.affiche.poster.Decade;
import com.google.gson.Gson;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/** Compact binary form of {@link Heads} (deflated; weights as float64 so predictions survive a round trip exactly). */
public final class HeadsCodec {
    private static final int MAGIC = 0x41464844; // "AFHD"
    private static final int VERSION = 3; // 2: a pre-1980 threshold per genre; 3: calibrated ordinal decade head
    private static final Gson GSON = new Gson();

    private HeadsCodec() {
    }

    public static byte[] encode(Heads h) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(h.encoderId());
            out.writeInt(h.dimension());
            out.writeUTF(GSON.toJson(h.config()));
            strings(out, h.genres());
            FeatureTransform t = h.transform();
            out.writeBoolean(t.l2());
            floats(out, t.mean());
            floats(out, t.scale());
            out.writeBoolean(t.rff() != null);
            if (t.rff() != null) {
                out.writeInt(t.rff().dimensions());
                out.writeDouble(t.rff().gamma());
                out.writeLong(t.rff().seed());
            }
            decades(out, t.decades());
            out.writeDouble(t.decadeScale());
            headSet(out, h.global());
            out.writeInt(h.perDecade().size());
            for (var e : h.perDecade().entrySet()) {
                out.writeInt(e.getKey().start());
                headSet(out, e.getValue());
            }
            out.writeBoolean(h.decadeHead() != null);
            if (h.decadeHead() != null) {
                DecadeHead d = h.decadeHead();
                decades(out, d.decades());
                out.writeInt(d.scorers().size());
                for (LinearScorer s : d.scorers()) scorer(out, s);
                double[][] w = d.calibration().weights();
                out.writeInt(w[0].length);
                for (double[] row : w) for (double x : row) out.writeDouble(x);
                out.writeDouble(d.calibration().temperature());
                for (double p : d.prior().probabilities()) out.writeDouble(p);
                out.writeUTF(d.prior().source());
                out.writeUTF(d.estimate().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Heads decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            if (in.readInt() != MAGIC) throw new HeadsException("not a heads file (bad magic)");
            int v = in.readInt();
            if (v < 1 || v > VERSION) throw new HeadsException("heads format " + v + " is not supported: retrain with `affiche train`");
            String encoder = in.readUTF();
            int dim = in.readInt();
            HeadsConfig cfg = GSON.fromJson(in.readUTF(), HeadsConfig.class);
            List<String> genres = strings(in);
            boolean l2 = in.readBoolean();
            float[] mean = floats(in);
            float[] scale = floats(in);
            FeatureTransform.RandomFourier rff = null;
            if (in.readBoolean()) {
                int d = in.readInt();
                double gamma = in.readDouble();
                rff = new FeatureTransform.RandomFourier(dim, d, gamma, in.readLong());
            }
            List<Decade> tfDecades = decades(in);
            FeatureTransform t = new FeatureTransform(dim, l2, mean, scale, rff, tfDecades, in.readDouble());
            HeadSet global = headSet(in, v);
            SortedMap<Decade, HeadSet> per = new TreeMap<>();
            int nd = in.readInt();
            for (int i = 0; i < nd; i++) per.put(new Decade(in.readInt()), headSet(in, v));
            DecadeHead dh = null;
            if (in.readBoolean()) dh = v >= 3 ? decadeHead(in) : legacyDecadeHead(in);
            return new Heads(encoder, dim, genres, t, global, per, dh, cfg);
        } catch (IOException e) {
            throw new HeadsException("damaged heads data: " + e.getMessage() + ": retrain with `affiche train`");
        }
    }

    private static DecadeHead decadeHead(DataInputStream in) throws IOException {
        List<Decade> ds = decades(in);
        List<LinearScorer> s = new ArrayList<>();
        int n = in.readInt();
        for (int i = 0; i < n; i++) s.add(scorer(in));
        double[][] w = new double[ds.size()][in.readInt()];
        for (double[] row : w) for (int j = 0; j < row.length; j++) row[j] = in.readDouble();
        DecadeCalibration cal = new DecadeCalibration(w, in.readDouble());
        double[] prior = new double[ds.size()];
        for (int k = 0; k < prior.length; k++) prior[k] = in.readDouble();
        DecadePrior p = new DecadePrior(prior, in.readUTF());
        return new DecadeHead(ds, s, cal, p, HeadsConfig.DecadeEstimate.valueOf(in.readUTF()));
    }

    /** Heads before format 3: one scorer per decade and a temperature, which the training set's mix was baked into. */
    private static DecadeHead legacyDecadeHead(DataInputStream in) throws IOException {
        List<Decade> ds = decades(in);
        List<LinearScorer> s = new ArrayList<>();
        for (int i = 0; i < ds.size(); i++) s.add(scorer(in));
        DecadeCalibration cal = DecadeCalibration.identity(ds.size(), ds.size(), in.readDouble());
        DecadePrior flat = DecadePrior.uniform(ds.size(), "heads trained before calibration: retrain");
        return new DecadeHead(ds, s, cal, flat, HeadsConfig.DecadeEstimate.valueOf(in.readUTF()));
    }

    private static void headSet(DataOutputStream out, HeadSet s) throws IOException {
        out.writeUTF(s.scope());
        out.writeInt(s.samples());
        out.writeInt(s.heads().size());
        for (GenreHead g : s.heads()) {
            out.writeUTF(g.genre());
            scorer(out, g.scorer());
            out.writeDouble(g.platt().a());
            out.writeDouble(g.platt().b());
            out.writeDouble(g.threshold());
            out.writeDouble(g.suggestFrom());
            out.writeDouble(g.pre1980Threshold());
            out.writeInt(g.positives());
            out.writeDouble(g.validationF1());
        }
        out.writeInt(s.skipped().size());
        for (var e : new TreeMap<>(s.skipped()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static HeadSet headSet(DataInputStream in, int version) throws IOException {
        String scope = in.readUTF();
        int samples = in.readInt();
        int n = in.readInt();
        List<GenreHead> heads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String genre = in.readUTF();
            LinearScorer scorer = scorer(in);
            Platt platt = new Platt(in.readDouble(), in.readDouble());
            double threshold = in.readDouble();
            double suggestFrom = in.readDouble();
            double pre1980 = version >= 2 ? in.readDouble() : threshold;
            heads.add(new GenreHead(genre, scorer, platt, threshold, suggestFrom, pre1980, in.readInt(), in.readDouble()));
        }
        int k = in.readInt();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) skipped.put(in.readUTF(), in.readUTF());
        return new HeadSet(scope, samples, heads, skipped);
    }

    /** Also the field heads' format ({@link FieldHeadCodec}): one layout for a scorer and a float block. */
    static void scorer(DataOutputStream out, LinearScorer s) throws IOException {
        out.writeInt(s.w().length);
        for (double w : s.w()) out.writeDouble(w);
        out.writeDouble(s.b());
    }

    static LinearScorer scorer(DataInputStream in) throws IOException {
        double[] w = new double[in.readInt()];
        for (int i = 0; i < w.length; i++) w[i] = in.readDouble();
        return new LinearScorer(w, in.readDouble());
    }

    static void floats(DataOutputStream out, float[] v) throws IOException {
        out.writeInt(v.length);
        for (float f : v) out.writeFloat(f);
    }

    static float[] floats(DataInputStream in) throws IOException {
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) v[i] = in.readFloat();
        return v;
    }

    private static void strings(DataOutputStream out, List<String> s) throws IOException {
        out.writeInt(s.size());
        for (String x : s) out.writeUTF(x);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> s = new ArrayList<>();
        for (int i = 0; i < n; i++) s.add(in.readUTF());
        return s;
    }

    private static void decades(DataOutputStream out, List<Decade> d) throws IOException {
        out.writeInt(d.size());
        for (Decade x : d) out.writeInt(x.start());
    }

    private static List<Decade> decades(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Decade> d = new ArrayList<>();
        for (int i = 0; i < n; i++) d.add(new Decade(in.readInt()));
        return d;
    }
}
