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
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Dominant colour and palette (ColorThief MMCQ on a <=512 px TYPE_3BYTE_BGR copy), near-greys set apart.
 *
 * <p>A near-grey is a colour whose CIE Lab chroma is below {@link #GREY_CHROMA} (black, white, greys, and
 * the dark near-blacks whose hue is noise). ColorThief (on about 15,000 sampled pixels) is asked for more
 * colours than requested, and for more again while too few chromatic ones come back, so that greys do not take
 * the places of colours. Then every pixel of the copy is assigned to its nearest MMCQ colour, and each colour is
 * replaced by the mean of its pixels (MMCQ reports the centre of its 5-bit box, off by up to 4 levels); the N
 * largest colours and N largest greys are kept, and every pixel is assigned again to its nearest kept entry:
 * that count is the entry's share (colours and greys together sum to 1; a dropped colour's pixels count for
 * their nearest kept entry). Assignment runs per 5-bit bin ({@link ColourMaths.Histogram}). The dominant colour
 * is the entry with the largest share, grey or not. Transparent pixels count as white (flattened over white).
 */
public final class PaletteExtractor {
    public static final int DEFAULT_COLOURS = 6;
    /** Lab chroma below which a colour is reported as a near-grey. */
    public static final double GREY_CHROMA = 10.0;
    /** Longer side of the copy the palette is computed on. */
    public static final int WORKING_SIDE = 512;
    private static final int MAX_ASK = 32;
    private static final int SAMPLED_PIXELS = 15_000;

    public Palette extract(BufferedImage image) {
        return extract(image, DEFAULT_COLOURS);
    }

    public Palette extract(BufferedImage image, int colours) {
        if (colours < 1) throw new IllegalArgumentException("colours must be at least 1: " + colours);
        BufferedImage small = ImageOps.fitWithin(image, WORKING_SIDE);
        int[] pixels = ((DataBufferInt) small.getRaster().getDataBuffer()).getData();
        ColourMaths.Histogram histogram = ColourMaths.Histogram.of(pixels);
        int[] candidates = candidates(toBgr(small), colours, pixels.length, histogram);

        ColourMaths.Clusters first = ColourMaths.assign(histogram, candidates);
        int[] kept = Stream.concat(best(first, colours, false), best(first, colours, true)).mapToInt(i -> i).toArray();
        ColourMaths.Clusters last = ColourMaths.assign(histogram, kept);

        List<PaletteColor> colourList = new ArrayList<>();
        List<PaletteColor> greyList = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (last.counts()[i] == 0) continue;
            int rgb = kept[i];
            PaletteColor pc = new PaletteColor(rgb, (double) last.counts()[i] / pixels.length, isNearGrey(rgb));
            (pc.nearGrey() ? greyList : colourList).add(pc);
        }
        Comparator<PaletteColor> byShare = Comparator.comparingDouble(PaletteColor::share).reversed();
        colourList.sort(byShare);
        greyList.sort(byShare);
        PaletteColor dominant = Stream.concat(colourList.stream(), greyList.stream()).min(byShare).orElseThrow();
        return new Palette(dominant, colourList, greyList, colours, colourList.size() < colours);
    }

    public static boolean isNearGrey(int rgb) {
        return ColourMaths.chroma(rgb) < GREY_CHROMA;
    }

    /** The refined colours of the {@code n} largest non-empty clusters that are (or are not) near-grey. */
    private static Stream<Integer> best(ColourMaths.Clusters c, int n, boolean greys) {
        return IntStream.range(0, c.counts().length).boxed()
                .filter(i -> c.counts()[i] > 0 && isNearGrey(c.means()[i]) == greys)
                .sorted(Comparator.comparingInt(i -> -c.counts()[i]))
                .limit(n)
                .map(i -> c.means()[i]);
    }

    /**
     * Distinct non-empty MMCQ box colours, asking for more while fewer than {@code colours} chromatic ones came
     * back and the image has more occupied 5-bit bins than boxes found (beyond that, asking more is futile).
     * ColorThief samples nothing from an image of one or two pixels; there the occupied bins' mean colours,
     * which are exact for so few pixels, are the candidates.
     */
    private static int[] candidates(BufferedImage bgr, int colours, int pixels, ColourMaths.Histogram histogram) {
        int bins = histogram.occupied();
        int quality = Math.max(1, (pixels + SAMPLED_PIXELS - 1) / SAMPLED_PIXELS);
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
            if (found.isEmpty()) return histogram.means().clone();
            if (chromatic >= colours || found.size() >= bins || ask >= MAX_ASK) {
                return found.stream().mapToInt(Integer::intValue).toArray();
            }
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
}
