package app.affiche.heads;

import app.affiche.poster.Decade;
import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Heads stored by an older Affiche (format 2: one decade scorer per decade and a temperature) still load from a
 * dealer's catalogue and estimate the decade exactly as they did, under a flat prior.
 */
class LegacyHeadsTest {
    @Test
    void formatTwoHeadsDecodeAndKeepTheirDecadeProbabilities() throws IOException {
        TrainingData data = Synthetic.data(300, 8, 0, 4);
        Heads now = new HeadsTrainer(Synthetic.config()).train(data, TrainingListener.NONE, () -> false).heads();
        List<LinearScorer> perDecade = now.decadeHead().scorers().subList(0, now.decadeHead().decades().size());
        double temperature = 1.7;
        Heads old = HeadsCodec.decode(formatTwo(now, perDecade, temperature));
        assertTrue(old.decadeHead().prior().source().contains("retrain"), old.decadeHead().prior().source());
        double[] x = now.transform().apply(data.embeddings()[0], null);
        double[] s = new double[perDecade.size()];
        for (int k = 0; k < s.length; k++) s[k] = perDecade.get(k).score(x);
        double[] expected = DecadeCalibration.softmax(new double[]{temperature * s[0], temperature * s[1]}, null);
        assertArrayEquals(expected, old.decadeHead().probabilities(x), 1e-12);
        Heads globalOnly = new Heads(now.encoderId(), now.dimension(), now.genres(), now.transform(), now.global(),
                new java.util.TreeMap<>(), now.decadeHead(), now.config());
        assertEquals(new Predictor(globalOnly).predict(data.embeddings()[0], 1955).genreProbabilities(),
                new Predictor(old).predict(data.embeddings()[0], 1955).genreProbabilities());
    }

    /** What HeadsCodec wrote up to format 2 (copied from that version; the global heads only). */
    private static byte[] formatTwo(Heads h, List<LinearScorer> decadeScorers, double temperature) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(0x41464844);
            out.writeInt(2);
            out.writeUTF(h.encoderId());
            out.writeInt(h.dimension());
            out.writeUTF(new Gson().toJson(h.config()));
            out.writeInt(h.genres().size());
            for (String g : h.genres()) out.writeUTF(g);
            FeatureTransform t = h.transform();
            out.writeBoolean(t.l2());
            floats(out, t.mean());
            floats(out, t.scale());
            out.writeBoolean(false);
            decades(out, t.decades());
            out.writeDouble(t.decadeScale());
            HeadSet s = h.global();
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
            out.writeInt(0); // no skipped genres
            out.writeInt(0); // no per-decade heads
            out.writeBoolean(true);
            decades(out, h.decadeHead().decades());
            for (LinearScorer sc : decadeScorers) scorer(out, sc);
            out.writeDouble(temperature);
            out.writeUTF(h.decadeHead().estimate().name());
        }
        return bytes.toByteArray();
    }

    private static void scorer(DataOutputStream out, LinearScorer s) throws IOException {
        out.writeInt(s.w().length);
        for (double w : s.w()) out.writeDouble(w);
        out.writeDouble(s.b());
    }

    private static void floats(DataOutputStream out, float[] v) throws IOException {
        out.writeInt(v.length);
        for (float f : v) out.writeFloat(f);
    }

    private static void decades(DataOutputStream out, List<Decade> d) throws IOException {
        out.writeInt(d.size());
        for (Decade x : d) out.writeInt(x.start());
    }
}
