package app.affiche.cli;

import app.affiche.embedding.Encoder;
import app.affiche.imaging.ImageOps;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the time of one big scan goes, step by step, as a dropped file takes them: the import's decode (at 512 px)
 * and palette and thumbnail, then the embedding's decode (at the encoder's side), preprocessing and inference.
 * Medians of a few runs after a warm-up; the target counts decode + palette + embed.
 */
final class ScanBreakdown {
    static final double TARGET_MS = 150;
    private static final int RUNS = 5;

    private ScanBreakdown() {
    }

    static void print(PrintWriter out, Encoder encoder, Path scan) throws Exception {
        PosterDecoder decoder = new PosterDecoder();
        PaletteExtractor palettes = new PaletteExtractor();
        int side = encoder.preprocessor().side();
        double[][] ms = new double[6][RUNS];
        BufferedImage forImport = null, forEncoder = null;
        for (int run = -1; run < RUNS; run++) { // run -1 warms up
            long t0 = System.nanoTime();
            forImport = decoder.read(scan, 512);
            long t1 = System.nanoTime();
            palettes.extract(forImport, 6);
            long t2 = System.nanoTime();
            ImageOps.thumbnailJpeg(forImport, 256);
            long t3 = System.nanoTime();
            forEncoder = decoder.read(scan, side);
            long t4 = System.nanoTime();
            float[] tensor = encoder.preprocessor().tensor(forEncoder);
            long t5 = System.nanoTime();
            encoder.embedTensors(tensor, 1);
            long t6 = System.nanoTime();
            if (run < 0) continue;
            long[] t = {t0, t1, t2, t3, t4, t5, t6};
            for (int s = 0; s < 6; s++) ms[s][run] = (t[s + 1] - t[s]) / 1e6;
        }
        double decode = median(ms[0]), palette = median(ms[1]), thumb = median(ms[2]), decode2 = median(ms[3]),
                pre = median(ms[4]), infer = median(ms[5]);
        out.printf(Locale.ROOT, "24-MP scan, step by step (median of %d; JPEG by %s):%n", RUNS, PosterDecoder.jpegDecoder());
        out.printf(Locale.ROOT, "  import:    decode at 512 px %6.1f ms (%dx%d), palette %5.1f ms, thumbnail %5.1f ms%n",
                decode, forImport.getWidth(), forImport.getHeight(), palette, thumb);
        out.printf(Locale.ROOT, "  embedding: decode at %d px %6.1f ms (%dx%d), preprocess %5.1f ms, inference %5.1f ms (%d views)%n",
                side, decode2, forEncoder.getWidth(), forEncoder.getHeight(), pre, infer, encoder.preprocessor().viewCount());
        double total = decode + palette + decode2 + pre + infer;
        out.printf(Locale.ROOT, "  decode + palette + embed: %.0f ms (target <= %.0f ms, ratio %.2f)%n", total, TARGET_MS,
                total / TARGET_MS);
        out.flush();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
