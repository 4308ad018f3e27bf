package app.affiche.catalogue;

import app.affiche.poster.ColourBins;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import org.sqlite.Function;
import org.sqlite.core.Codes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The per-poster palette summary (table {@code palette_summary}, schema v5) that palette analytics aggregates:
 * shares by hue bin (chromatic colours only) and lightness bin (every entry), grey and colour totals, and the
 * cell and colour of the poster's largest chromatic colour. Written with the palette, in the same transaction.
 */
final class PaletteSummarySql {
    /** The table's columns, poster_id first, in the order of {@link #values}. */
    static final List<String> COLUMNS;
    private static final String INSERT;

    static {
        List<String> columns = new ArrayList<>(List.of("poster_id", "grey", "colour"));
        for (int i = 0; i < ColourBins.HUES; i++) columns.add("hue_" + i);
        for (int i = 0; i < ColourBins.LIGHTS; i++) columns.add("light_" + i);
        columns.add("main_cell");
        columns.add("main_rgb");
        COLUMNS = List.copyOf(columns);
        INSERT = "INSERT INTO palette_summary(" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    private PaletteSummarySql() {
    }

    /** Stores the summary of {@code palette} for the poster (the 'dominant' entry repeats a listed one). */
    static void insert(Connection c, long posterId, Palette palette) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setLong(1, posterId);
            Object[] values = values(palette);
            for (int i = 0; i < values.length; i++) s.setObject(i + 2, values[i]);
            s.executeUpdate();
        }
    }

    /**
     * The summary's values after poster_id, in {@link #COLUMNS}' order: Doubles, then main_cell and main_rgb as
     * Integers (null when the palette has no chromatic colour).
     */
    static Object[] values(Palette palette) {
        double grey = 0, colour = 0;
        double[] hues = new double[ColourBins.HUES];
        double[] lights = new double[ColourBins.LIGHTS];
        List<PaletteColor> entries = new ArrayList<>(palette.colours());
        entries.addAll(palette.greys());
        for (PaletteColor e : entries) {
            if (e.nearGrey()) grey += e.share();
            else {
                colour += e.share();
                hues[ColourBins.hueBin(e.rgb())] += e.share();
            }
            lights[ColourBins.lightBin(e.rgb())] += e.share();
        }
        Object[] values = new Object[COLUMNS.size() - 1];
        int i = 0;
        values[i++] = grey;
        values[i++] = colour;
        for (double h : hues) values[i++] = h;
        for (double l : lights) values[i++] = l;
        Integer main = palette.colours().isEmpty() ? null : palette.colours().getFirst().rgb() & 0xFFFFFF;
        values[i++] = main == null ? null : ColourBins.cell(main);
        values[i] = main;
        return values;
    }

    /** The colour-bin functions the v5 migration summarises existing palettes with: the same maths as insert. */
    static void registerFunctions(Connection c) throws SQLException {
        register(c, "affiche_hue_bin", ColourBins::hueBin);
        register(c, "affiche_light_bin", ColourBins::lightBin);
        register(c, "affiche_cell", ColourBins::cell);
    }

    private static void register(Connection c, String name, IntUnaryOperator of) throws SQLException {
        Function.create(c, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                if (value_type(0) == Codes.SQLITE_NULL) result();
                else result(of.applyAsInt(value_int(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
