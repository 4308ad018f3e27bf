package app.affiche.stats;

import app.affiche.catalogue.PaletteStats;
import app.affiche.poster.ColourBins;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Palette analytics drawn with Java2D into a PNG, so the command line needs no display: one row per genre or
 * decade with its hue mix (100 % bar of the chromatic share, red first, so the reds line up), its lightness mix
 * (whole palette, darkest first), its grey share and its typical swatches; legends below.
 */
public final class PaletteChartImage {
    private static final int WIDTH = 1340, ROW = 30, TOP = 78, LEFT = 16, NAME = 170;
    private static final int HUE_X = LEFT + NAME, HUE_W = 460, LIGHT_X = HUE_X + HUE_W + 24, LIGHT_W = 220;
    private static final int GREY_X = LIGHT_X + LIGHT_W + 24, GREY_W = 150, SWATCH_X = GREY_X + GREY_W + 54, SWATCH = 24;
    private static final Color INK = new Color(0x222222), FAINT = new Color(0x888888), TRACK = new Color(0xEEEEEE);

    private PaletteChartImage() {
    }

    public static BufferedImage render(PaletteStats stats, String subtitle) {
        List<PaletteStats.Group> groups = stats.groups();
        int height = TOP + Math.max(1, groups.size()) * ROW + 90;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("Palettes by " + stats.by().key(), LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(FAINT);
        g.drawString(subtitle, LEFT, 46);
        g.setColor(INK);
        g.drawString("hue mix of the non-grey colours", HUE_X, TOP - 10);
        g.drawString("lightness, whole palette", LIGHT_X, TOP - 10);
        g.drawString("grey share", GREY_X, TOP - 10);
        g.drawString("typical swatches", SWATCH_X, TOP - 10);
        if (groups.isEmpty()) g.drawString("no posters with a palette and a " + stats.by().key(), LEFT, TOP + 20);
        for (int i = 0; i < groups.size(); i++) row(g, groups.get(i), TOP + i * ROW);
        legend(g, TOP + groups.size() * ROW + 24);
        g.dispose();
        return image;
    }

    /** Writes the PNG through a temporary file beside it, so a failure leaves no half-written chart behind. */
    public static void write(PaletteStats stats, String subtitle, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) throw new IOException("it is a folder"); // ImageIO would delete an empty one
        Path parent = target.getParent();
        if (parent != null) Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            try (var out = Files.newOutputStream(temp)) {
                if (!ImageIO.write(render(stats, subtitle), "png", out)) throw new IOException("no PNG writer");
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void row(Graphics2D g, PaletteStats.Group group, int y) {
        int barY = y + 5, barH = ROW - 10;
        g.setColor(INK);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(group.name(), LEFT, y + 19);
        String n = String.format(Locale.ROOT, "%,d", group.posters());
        g.setColor(FAINT);
        g.drawString(n, HUE_X - 10 - fm.stringWidth(n), y + 19);
        stacked(g, group.hues(), HUE_X, barY, HUE_W, barH, ColourBins::hueColour);
        stacked(g, group.lights(), LIGHT_X, barY, LIGHT_W, barH, ColourBins::lightColour);
        g.setColor(TRACK);
        g.fillRect(GREY_X, barY, GREY_W, barH);
        g.setColor(new Color(0x9A9A9A));
        g.fillRect(GREY_X, barY, (int) Math.round(group.greyShare() * GREY_W), barH);
        g.setColor(INK);
        g.drawString(String.format(Locale.ROOT, "%.0f %%", 100 * group.greyShare()), GREY_X + GREY_W + 6, y + 19);
        int x = SWATCH_X;
        for (PaletteStats.Swatch s : group.swatches()) {
            g.setColor(new Color(s.rgb()));
            g.fillRect(x, barY - 1, SWATCH, SWATCH);
            g.setColor(new Color(0xCCCCCC));
            g.setStroke(new BasicStroke(1));
            g.drawRect(x, barY - 1, SWATCH, SWATCH);
            x += SWATCH + 8;
        }
    }

    /** A 100 % bar: each part's width proportional to its value (the values sum to 1, or all are 0). */
    private static void stacked(Graphics2D g, List<Double> parts, int x, int y, int w, int h,
                                java.util.function.IntUnaryOperator colour) {
        g.setColor(TRACK);
        g.fillRect(x, y, w, h);
        double at = 0;
        for (int i = 0; i < parts.size(); i++) {
            int from = (int) Math.round(at * w);
            at += parts.get(i);
            int to = (int) Math.round(Math.min(1, at) * w);
            g.setColor(new Color(colour.applyAsInt(i)));
            g.fillRect(x + from, y, to - from, h);
        }
    }

    private static void legend(Graphics2D g, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        int x = HUE_X;
        for (int i = 0; i < ColourBins.HUES; i++) {
            x = key(g, fm, x, y, ColourBins.hueColour(i), ColourBins.HUE_NAMES.get(i));
            if (i == 5) {
                x = HUE_X;
                y += 18;
            }
        }
        int lx = LIGHT_X;
        int ly = y - 18;
        for (int i = 0; i < ColourBins.LIGHTS; i++) {
            lx = key(g, fm, lx, ly, ColourBins.lightColour(i), ColourBins.LIGHT_NAMES.get(i));
            if (i == 2) {
                lx = LIGHT_X;
                ly += 18;
            }
        }
        g.setColor(FAINT);
        g.drawString("Hue: HSV, 30° bins; orange takes in browns, tans and skin. Lightness: CIE L* in fifths. Near-greys: "
                + "Lab chroma < 10. Swatches: the colour cells most often a poster's largest colour (their mean), most "
                + "frequent first.", LEFT, y + 34);
    }

    private static int key(Graphics2D g, FontMetrics fm, int x, int y, int rgb, String name) {
        g.setColor(new Color(rgb));
        g.fillRect(x, y - 10, 12, 12);
        g.setColor(new Color(0xBBBBBB));
        g.drawRect(x, y - 10, 12, 12);
        g.setColor(INK);
        g.drawString(name, x + 16, y);
        return x + 16 + fm.stringWidth(name) + 14;
    }
}
