package app.affiche.heads;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/** Binary form of a {@link FieldHead} (deflated, weights as float64 so a head reads the same after a round trip). */
public final class FieldHeadCodec {
    private static final int MAGIC = 0x41464644; // "AFFD"
    private static final int VERSION = 1;

    private FieldHeadCodec() {
    }

    public static byte[] encode(FieldHead h) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(h.field());
            out.writeUTF(h.encoderId());
            out.writeInt(h.dimension());
            out.writeUTF(h.bins() == null ? "" : h.bins());
            FeatureTransform t = h.transform();
            out.writeBoolean(t.l2());
            HeadsCodec.floats(out, t.mean());
            HeadsCodec.floats(out, t.scale());
            out.writeBoolean(h.isRegression());
            if (h.isRegression()) {
                HeadsCodec.scorer(out, h.regression());
            } else {
                out.writeInt(h.classes().size());
                for (int k = 0; k < h.classes().size(); k++) {
                    out.writeUTF(h.classes().get(k));
                    HeadsCodec.scorer(out, h.scorers().get(k));
                    out.writeDouble(h.platts().get(k).a());
                    out.writeDouble(h.platts().get(k).b());
                    out.writeDouble(h.thresholds()[k]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static FieldHead decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            if (in.readInt() != MAGIC) throw new HeadsException("not a field head (bad magic)");
            int v = in.readInt();
            if (v != VERSION) throw new HeadsException("field head format " + v + " is not known to this Affiche: retrain");
            String field = in.readUTF();
            String encoder = in.readUTF();
            int dim = in.readInt();
            String bins = in.readUTF();
            boolean l2 = in.readBoolean();
            FeatureTransform t = new FeatureTransform(dim, l2, HeadsCodec.floats(in), HeadsCodec.floats(in), null, List.of(), 0);
            if (in.readBoolean()) {
                return new FieldHead(field, encoder, dim, null, t, List.of(), List.of(), List.of(), new double[0], HeadsCodec.scorer(in));
            }
            int k = in.readInt();
            List<String> classes = new ArrayList<>();
            List<LinearScorer> scorers = new ArrayList<>();
            List<Platt> platts = new ArrayList<>();
            double[] thresholds = new double[k];
            for (int c = 0; c < k; c++) {
                classes.add(in.readUTF());
                scorers.add(HeadsCodec.scorer(in));
                platts.add(new Platt(in.readDouble(), in.readDouble()));
                thresholds[c] = in.readDouble();
            }
            return new FieldHead(field, encoder, dim, bins.isEmpty() ? null : bins, t, classes, scorers, platts,
                    thresholds, null);
        } catch (IOException e) {
            throw new HeadsException("field head is damaged: " + e.getMessage());
        }
    }
}
