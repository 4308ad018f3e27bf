package app.affiche.heads;

import app.affiche.embedding.Encoder;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Preprocessor;
import app.affiche.imaging.PosterDecoder;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Issue 14's research harness, not a test: every view's embedding of every poster of a posters.csv, so per-view
 * decade heads can be screened offline. Output: per poster, its CSV line number (int), the view count and dimension
 * (ints), then views × dimension floats, big-endian.
 *
 * <pre>java -cp target/test-classes:target/classes:target/lib/* app.affiche.heads.ViewDumpMain posters.csv MODEL.onnx OUT</pre>
 */
public final class ViewDumpMain {
    private ViewDumpMain() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        EncoderSpec spec = Manifest.builtIn().require(args.length > 3 ? args[3] : Manifest.builtIn().defaultId());
        PosterDecoder decoder = new PosterDecoder();
        List<String> lines = Files.readAllLines(csv);
        try (Encoder enc = Encoders.open(spec, Path.of(args[1]), Encoders.Options.defaults(), System.err::println);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[2]))))) {
            Preprocessor pre = enc.preprocessor();
            int views = pre.viewCount(), len = pre.viewLength();
            for (int i = 1; i < lines.size(); i++) {
                String file = lines.get(i).substring(0, lines.get(i).indexOf(','));
                BufferedImage img;
                try {
                    img = decoder.read(csv.resolveSibling(file), pre.side());
                } catch (Exception e) {
                    System.err.println("skip " + file + ": " + e.getMessage());
                    continue;
                }
                float[] t = new float[views * len];
                for (int v = 0; v < views; v++) pre.writeView(img, v, t, v * len);
                float[][] vecs = enc.embedViews(t, views);
                out.writeInt(i);
                out.writeInt(views);
                out.writeInt(vecs[0].length);
                for (float[] vec : vecs) for (float x : vec) out.writeFloat(x);
                if (i % 500 == 0) System.err.println(i + " / " + (lines.size() - 1));
            }
        }
    }
}
