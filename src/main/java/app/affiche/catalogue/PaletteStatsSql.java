package app.affiche.catalogue;

import app.affiche.catalogue.PaletteStats.Grouping;
import app.affiche.poster.ColourBins;
import app.affiche.poster.Decade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Palette analytics as one aggregate over {@code palette_summary}: grouped by genre or decade and by the cell of
 * each poster's largest colour, so the same rows give both the group totals (summed here over cells) and its
 * typical swatches. About 2.5 rows per poster by genre (one per confirmed genre), one by decade.
 */
final class PaletteStatsSql {
    /** Typical swatches kept per group. */
    static final int SWATCHES = 6;

    private PaletteStatsSql() {
    }

    /** SQLite's TOTAL() (0.0 over no rows) as both engines write it. */
    private static String sum(String expression) {
        return "COALESCE(SUM(" + expression + "), 0.0)";
    }

    static PaletteStats query(Connection c, Grouping by, PosterFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String posters = posters(Engine.of(c), filter, by == Grouping.DECADE, params);
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(by == Grouping.GENRE ? "l.genre" : "p.year / 10 * 10")
                .append(", s.main_cell, COUNT(*), ").append(sum("s.grey")).append(", ").append(sum("s.colour"));
        for (int i = 0; i < ColourBins.HUES; i++) sql.append(", ").append(sum("s.hue_" + i));
        for (int i = 0; i < ColourBins.LIGHTS; i++) sql.append(", ").append(sum("s.light_" + i));
        sql.append(", ").append(sum("(s.main_rgb >> 16) & 255")).append(", ").append(sum("(s.main_rgb >> 8) & 255"))
                .append(", ").append(sum("s.main_rgb & 255"))
                .append(" FROM palette_summary s")
                .append(by == Grouping.GENRE ? " JOIN labels l ON l.poster_id = s.poster_id AND l.source <> 'model'" : "")
                .append(posters)
                .append(by == Grouping.DECADE ? " AND p.year IS NOT NULL" : "")
                .append(" GROUP BY 1, 2");
        Map<Object, Totals> groups = new TreeMap<>(by == Grouping.GENRE
                ? Comparator.comparing(o -> ((String) o).toLowerCase(java.util.Locale.ROOT))
                : Comparator.comparingInt(o -> ((Number) o).intValue()));
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            PosterSql.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Object key = by == Grouping.GENRE ? rs.getString(1) : (Object) rs.getInt(1);
                    groups.computeIfAbsent(key, k -> new Totals()).add(rs);
                }
            }
        }
        List<PaletteStats.Group> result = new ArrayList<>();
        groups.forEach((key, t) -> result.add(t.group(by == Grouping.GENRE ? (String) key
                : new Decade(((Number) key).intValue()).label())));
        return new PaletteStats(by, result, count(c, filter));
    }

    /**
     * The join to the posters the filter passes and its WHERE clause (alias p). With no filter and no grouping by
     * year, none: it would cost a lookup per label row. A limit keeps the first posters by id, as `list` does.
     */
    private static String posters(Engine engine, PosterFilter filter, boolean needed, List<Object> params) {
        String where = PosterSql.where(engine, filter, params);
        boolean filters = !where.equals(" WHERE 1 = 1") || filter.limit() != Integer.MAX_VALUE;
        if (!filters && !needed) return " WHERE 1 = 1";
        String join = " JOIN posters p ON p.id = s.poster_id" + where;
        if (filter.limit() == Integer.MAX_VALUE) return join;
        List<Object> again = new ArrayList<>(params);
        params.addAll(again); // the limited id list repeats the filter's parameters
        return join + " AND p.id IN (SELECT p.id FROM posters p" + where + " ORDER BY p.id LIMIT " + filter.limit() + ")";
    }

    private static int count(Connection c, PosterFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM palette_summary s"
                + posters(Engine.of(c), filter, false, params))) {
            PosterSql.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** One group's sums over its rows (one row per main-colour cell). */
    private static final class Totals {
        int posters;
        double grey, colour;
        final double[] hues = new double[ColourBins.HUES];
        final double[] lights = new double[ColourBins.LIGHTS];
        final List<double[]> cells = new ArrayList<>(); // cell, posters, r, g, b sums

        void add(ResultSet rs) throws SQLException {
            int n = rs.getInt(3);
            posters += n;
            grey += rs.getDouble(4);
            colour += rs.getDouble(5);
            int col = 6;
            for (int i = 0; i < hues.length; i++) hues[i] += rs.getDouble(col++);
            for (int i = 0; i < lights.length; i++) lights[i] += rs.getDouble(col++);
            int cell = rs.getInt(2);
            if (!rs.wasNull()) cells.add(new double[]{cell, n, rs.getDouble(col), rs.getDouble(col + 1), rs.getDouble(col + 2)});
        }

        PaletteStats.Group group(String name) {
            double total = grey + colour;
            List<Double> hueParts = new ArrayList<>(), lightParts = new ArrayList<>();
            for (double h : hues) hueParts.add(colour > 0 ? h / colour : 0);
            for (double l : lights) lightParts.add(total > 0 ? l / total : 0);
            double withColour = cells.stream().mapToDouble(x -> x[1]).sum();
            List<PaletteStats.Swatch> swatches = cells.stream()
                    .sorted(Comparator.<double[]>comparingDouble(x -> -x[1]).thenComparingDouble(x -> x[0]))
                    .limit(SWATCHES)
                    .map(x -> new PaletteStats.Swatch((int) x[0], mean(x[2], x[1]) << 16 | mean(x[3], x[1]) << 8
                            | mean(x[4], x[1]), (int) x[1], x[1] / withColour))
                    .toList();
            return new PaletteStats.Group(name, posters, total > 0 ? grey / total : 0, hueParts, lightParts, swatches);
        }

        private static int mean(double sum, double n) {
            return (int) Math.round(sum / n);
        }
    }
}
