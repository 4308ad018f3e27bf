package app.affiche.palette;

import app.affiche.imaging.ImageOps;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import de.androidpit.colorthief.ColorThief;
import de.androidpit.colorthief.MMCQ;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dominant colour and palette (ColorThief MMCQ on a <=512 px TYPE_3BYTE_BGR copy), near-greys set apart.
 *
 * <p>A near-grey is a colour whose CIE Lab chroma is below {@link #GREY_CHROMA} (black, white, greys, and
 * the dark near-blacks whose hue is noise). ColorThief is asked for more colours than requested, and for more
 * again while too few chromatic ones come back, so that greys do not take the places of colours. Every pixel
 * of the copy is then assigned to its nearest kept colour (squared RGB distance), which gives each entry its
 * share; shares of colours and greys together sum to 1. The dominant colour is the entry with the largest
 * share, grey or not. Transparent pixels count as white (the copy is flattened over white).
 */
public final class PaletteExtractor {
    public static final int DEFAULT_COLOURS = 6;
    /** Lab chroma below which a colour is reported as a near-grey. */
    public static final double GREY_CHROMA = 10.0;
    /** Longer side of the copy the palette is computed on. */
    public static final int WORKING_SIDE = 512;
    private static final int MAX_ASK = 64;
    private static final int SAMPLED_PIXELS = 60_000;

    public Palette extract(BufferedImage image, int colours) {
        if (colours < 1) throw new IllegalArgumentException("colours must be at least 1: " + colours);
        BufferedImage small = ImageOps.fitWithin(image, WORKING_SIDE);
        BufferedImage bgr = toBgr(small);
        int[] pixels = ((DataBufferInt) small.getRaster().getDataBuffer()).getData();
        int quality = Math.max(1, pixels.length / SAMPLED_PIXELS);

        List<Integer> candidates = candidates(bgr, colours, quality);
        int[] firstCounts = ColourMaths.counts(pixels, toArray(candidates));
        List<Integer> chromatic = new ArrayList<>();
        List<Integer> greys = new ArrayList<>();
        candidates.stream()
                .sorted(Comparator.comparingInt((Integer c) -> -firstCounts[candidates.indexOf(c)]))
                .filter(c -> firstCounts[candidates.indexOf(c)] > 0)
                .forEach(c -> (isNearGrey(c) ? greys : chromatic).add(c));
        List<Integer> kept = new ArrayList<>(chromatic.subList(0, Math.min(colours, chromatic.size())));
        kept.addAll(greys.subList(0, Math.min(colours, greys.size())));

        int[] keptArray = toArray(kept);
        int[] counts = ColourMaths.counts(pixels, keptArray);
        List<PaletteColor> colourList = new ArrayList<>();
        List<PaletteColor> greyList = new ArrayList<>();
        for (int i = 0; i < keptArray.length; i++) {
            if (counts[i] == 0) continue;
            PaletteColor pc = new PaletteColor(keptArray[i], (double) counts[i] / pixels.length, isNearGrey(keptArray[i]));
            (pc.nearGrey() ? greyList : colourList).add(pc);
        }
        Comparator<PaletteColor> byShare = Comparator.comparingDouble(PaletteColor::share).reversed();
        colourList.sort(byShare);
        greyList.sort(byShare);
        PaletteColor dominant = java.util.stream.Stream.concat(colourList.stream(), greyList.stream())
                .max(Comparator.comparingDouble(PaletteColor::share)).orElseThrow();
        return new Palette(dominant, colourList, greyList, colours, colourList.size() < colours);
    }

    public Palette extract(BufferedImage image) {
        return extract(image, DEFAULT_COLOURS);
    }

    public static boolean isNearGrey(int rgb) {
        return ColourMaths.chroma(rgb) < GREY_CHROMA;
    }

    /**
     * Distinct non-empty MMCQ box colours, asking for more while fewer than {@code colours} chromatic ones came
     * back and MMCQ still filled every box (an image with fewer colours leaves boxes empty: asking more is futile).
     */
    private static List<Integer> candidates(BufferedImage bgr, int colours, int quality) {
        int ask = Math.max(2, colours + 3);
        while (true) {
            MMCQ.CMap map = ColorThief.getColorMap(bgr, ask, quality, false);
            Set<Integer> found = new LinkedHashSet<>();
            if (map != null) {
                for (MMCQ.VBox box : map.vboxes) {
                    if (box.count(false) == 0) continue;
                    int[] avg = box.avg(false);
                    found.add(avg[0] << 16 | avg[1] << 8 | avg[2]);
                }
            }
            long chromatic = found.stream().filter(c -> !isNearGrey(c)).count();
            if (chromatic >= colours || found.size() < ask || ask >= MAX_ASK) return new ArrayList<>(found);
            ask = Math.min(MAX_ASK, ask * 2);
        }
    }

    private static BufferedImage toBgr(BufferedImage rgb) {
        BufferedImage bgr = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        g.drawImage(rgb, 0, 0, null);
        g.dispose();
        return bgr;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
