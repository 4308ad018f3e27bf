package app.affiche.cli;

import app.affiche.embedding.Encoder;
import app.affiche.imaging.ImageOps;
import app.affiche.imaging.PosterDecoder;
import app.affiche.imaging.TwoSizes;
import app.affiche.palette.PaletteExtractor;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the time of one big scan goes, step by step, as a dropped file takes them: decode (the import's copy at
 * 512 px and the encoder's input), palette, thumbnail, preprocessing, inference. The old route (a decode per
 * stage) and the current one (one decode for both, {@link PosterDecoder#readTwoSizes}) alternate run by run, so
 * background load hits both alike; wall and process CPU, medians after a warm-up. The target counts
 * decode + palette + embed. The encoder's tensors of both routes are compared: they must be identical.
 */
final class ScanBreakdown {
    static final double TARGET_MS = 150;
    private static final int RUNS = 5;
    private static final int IMPORT_SIDE = 512;

    private ScanBreakdown() {
    }

    /** One route's run: step times in ms (decode, palette, thumbnail, preprocess, inference), CPU ms, the tensor. */
    private record Run(double[] ms, double cpuMs, float[] tensor, BufferedImage large, BufferedImage small) {
        double target() {
            return ms[0] + ms[1] + ms[3] + ms[4];
        }
    }

    static void print(PrintWriter out, Encoder encoder, Path scan) throws Exception {
        PosterDecoder decoder = new PosterDecoder();
        PaletteExtractor palettes = new PaletteExtractor();
        double[][] before = new double[RUNS][], now = new double[RUNS][];
        double[] cpuBefore = new double[RUNS], cpuNow = new double[RUNS];
        Run old = null, one = null;
        boolean identical = true;
        for (int run = -1; run < RUNS; run++) { // run -1 warms up
            boolean oldFirst = run % 2 == 0;
            Run a = oldFirst ? twoDecodes(decoder, palettes, encoder, scan) : oneDecode(decoder, palettes, encoder, scan);
            Run b = oldFirst ? oneDecode(decoder, palettes, encoder, scan) : twoDecodes(decoder, palettes, encoder, scan);
            old = oldFirst ? a : b;
            one = oldFirst ? b : a;
            identical &= Arrays.equals(old.tensor(), one.tensor());
            if (run < 0) continue;
            before[run] = old.ms();
            now[run] = one.ms();
            cpuBefore[run] = old.cpuMs();
            cpuNow[run] = one.cpuMs();
        }
        boolean shared = decoder.readTwoSizes(scan, IMPORT_SIDE, encoder.preprocessor().side()).oneDecode();
        out.printf(Locale.ROOT, "24-MP scan, step by step (median of %d, old and new alternated; JPEG by %s):%n", RUNS,
                PosterDecoder.jpegDecoder());
        out.printf(Locale.ROOT, "  import copy %dx%d, encoder input %dx%d; %s; encoder tensors of both routes %s%n",
                one.large().getWidth(), one.large().getHeight(), one.small().getWidth(), one.small().getHeight(),
                shared ? "one decode feeds both" : "this file needs a decode per size",
                identical ? "identical" : "DIFFERENT");
        line(out, "before (decode per stage)", before, cpuBefore, true);
        line(out, shared ? "now (one decode)         " : "now (a decode per size)  ", now, cpuNow, !shared);
        out.flush();
    }

    private static void line(PrintWriter out, String name, double[][] runs, double[] cpu, boolean twoDecodes) {
        double[] m = new double[5];
        for (int s = 0; s < 5; s++) {
            double[] step = new double[runs.length];
            for (int r = 0; r < runs.length; r++) step[r] = runs[r][s];
            m[s] = median(step);
        }
        double[] totals = new double[runs.length];
        for (int r = 0; r < runs.length; r++) totals[r] = runs[r][0] + runs[r][1] + runs[r][3] + runs[r][4];
        double total = median(totals);
        out.printf(Locale.ROOT, "  %s: decode%s %6.1f ms, palette %5.1f, thumbnail %5.1f, preprocess %5.1f, inference %5.1f%n",
                name, twoDecodes ? " x2" : "   ", m[0], m[1], m[2], m[3], m[4]);
        out.printf(Locale.ROOT, "      decode + palette + embed: %.0f ms wall (all steps: %.0f ms process CPU; target <= %.0f ms, ratio %.2f)%n",
                total, median(cpu), TARGET_MS, total / TARGET_MS);
    }

    /** The old route: the import decodes at 512 px, the embedding decodes the file again at the encoder's side. */
    private static Run twoDecodes(PosterDecoder decoder, PaletteExtractor palettes, Encoder encoder, Path scan)
            throws Exception {
        double cpu0 = cpuMs();
        long t0 = System.nanoTime();
        BufferedImage large = decoder.read(scan, IMPORT_SIDE);
        BufferedImage small = decoder.read(scan, encoder.preprocessor().side());
        return finish(palettes, encoder, large, small, t0, cpu0);
    }

    private static Run oneDecode(PosterDecoder decoder, PaletteExtractor palettes, Encoder encoder, Path scan)
            throws Exception {
        double cpu0 = cpuMs();
        long t0 = System.nanoTime();
        TwoSizes both = decoder.readTwoSizes(scan, IMPORT_SIDE, encoder.preprocessor().side());
        return finish(palettes, encoder, both.large(), both.small(), t0, cpu0);
    }

    private static Run finish(PaletteExtractor palettes, Encoder encoder, BufferedImage large, BufferedImage small,
                              long t0, double cpu0) throws Exception {
        long t1 = System.nanoTime();
        palettes.extract(large, 6);
        long t2 = System.nanoTime();
        ImageOps.thumbnailJpeg(large, 256);
        long t3 = System.nanoTime();
        float[] tensor = encoder.preprocessor().tensor(small);
        long t4 = System.nanoTime();
        encoder.embedTensors(tensor, 1);
        long t5 = System.nanoTime();
        double[] ms = {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6};
        return new Run(ms, cpuMs() - cpu0, tensor, large, small);
    }

    private static double cpuMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e6 : Double.NaN;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
