package app.affiche.embedding;

import app.affiche.SharedData;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: shared posters, and input tensors built here independently of {@link Preprocessor}. */
public final class TestImages {
    private TestImages() {
    }

    static List<Path> sharedPosters(int n) throws IOException {
        try (Stream<Path> files = Files.list(SharedData.posters().resolve("images"))) {
            return files.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(n).toList();
        }
    }

    /** Decodes with plain ImageIO, pads to a black square with Graphics2D, and normalises in double precision. */
    static float[] independentTensors(List<Path> files, EncoderSpec spec) throws IOException {
        int s = spec.inputSize();
        float[] out = new float[files.size() * 3 * s * s];
        for (int i = 0; i < files.size(); i++) {
            BufferedImage img = ImageIO.read(files.get(i).toFile());
            int side = Math.max(img.getWidth(), img.getHeight());
            BufferedImage square = new BufferedImage(s, s, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = square.createGraphics();
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, s, s);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            double k = (double) s / side;
            int w = (int) Math.round(img.getWidth() * k), h = (int) Math.round(img.getHeight() * k);
            g.drawImage(img, (s - w) / 2, (s - h) / 2, w, h, null);
            g.dispose();
            for (int y = 0; y < s; y++) {
                for (int x = 0; x < s; x++) {
                    int p = square.getRGB(x, y);
                    int[] rgb = {(p >> 16) & 255, (p >> 8) & 255, p & 255};
                    for (int c = 0; c < 3; c++) {
                        out[i * 3 * s * s + c * s * s + y * s + x] = (float) ((rgb[c] / 255.0 - spec.mean()[c]) / spec.std()[c]);
                    }
                }
            }
        }
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
