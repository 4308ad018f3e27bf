package app.affiche.stats;

import app.affiche.catalogue.PaletteStats;
import app.affiche.poster.ColourBins;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Palette analytics as a CSV table, one row per genre or decade: posters, grey share, the chromatic share per hue
 * bin, the whole palette's share per lightness bin, and the typical swatches ({@code #RRGGBB:fraction}, most
 * frequent first). Fractions have four decimals.
 */
public final class PaletteStatsCsv {
    private PaletteStatsCsv() {
    }

    public static List<String> header(PaletteStats stats) {
        List<String> header = new ArrayList<>(List.of(stats.by().key(), "posters", "grey_share"));
        for (String hue : ColourBins.HUE_NAMES) header.add("hue_" + hue.replace(' ', '_'));
        for (String light : ColourBins.LIGHT_NAMES) header.add("light_" + light.replace(' ', '_'));
        header.add("swatches");
        return header;
    }

    public static void write(PaletteStats stats, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header(stats));
            for (PaletteStats.Group g : stats.groups()) {
                List<String> row = new ArrayList<>(List.of(g.name(), Integer.toString(g.posters()), fraction(g.greyShare())));
                g.hues().forEach(h -> row.add(fraction(h)));
                g.lights().forEach(l -> row.add(fraction(l)));
                row.add(g.swatches().stream().map(s -> s.hex() + ":" + fraction(s.fraction()))
                        .collect(Collectors.joining("|")));
                csv.printRecord(row);
            }
        }
    }

    static String fraction(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
