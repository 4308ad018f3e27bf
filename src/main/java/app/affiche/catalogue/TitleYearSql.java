package app.affiche.catalogue;

import app.affiche.poster.LabelSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;

/**
 * A poster's title and year with their source (schema v4), called inside Catalogue's transactions. As for genres,
 * a curator's word is final: an import fills and corrects the values no curator set, and never replaces his.
 */
final class TitleYearSql {
    private TitleYearSql() {
    }

    /** Which of a line's values were not applied because a curator had set a different one. */
    record Kept(boolean title, boolean year) {
    }

    private record Field<T>(T value, LabelSource source) {
    }

    private record Current(Field<String> title, Field<Integer> year) {
    }

    /** Writes the non-null values with {@code source}; one that is not a curator's never replaces a curator's. */
    static Kept set(Connection c, long posterId, String title, Integer year, LabelSource source) throws SQLException {
        if (title == null && year == null) return new Kept(false, false);
        Current now = current(c, posterId);
        Field<String> t = merge(now.title(), title, source);
        Field<Integer> y = merge(now.year(), year, source);
        write(c, posterId, t, y);
        return new Kept(refused(now.title(), title, t), refused(now.year(), year, y));
    }

    /**
     * A curator's edit that sets both exactly (null clears). A value left as it was keeps its source, so editing
     * the title alone does not claim an imported year as the curator's.
     */
    static void replace(Connection c, long posterId, String title, Integer year) throws SQLException {
        Current now = current(c, posterId);
        write(c, posterId, edited(now.title(), title), edited(now.year(), year));
    }

    /**
     * Puts back values with the source they had (undo of an edit). A null value has no source; a value whose source
     * is not known is taken as the curator's, so no import replaces what he had.
     */
    static void restore(Connection c, long posterId, String title, LabelSource titleSource, Integer year,
                        LabelSource yearSource) throws SQLException {
        write(c, posterId, restored(title, titleSource), restored(year, yearSource));
    }

    private static <T> Field<T> restored(T value, LabelSource source) {
        return new Field<>(value, value == null ? null : source == null ? LabelSource.CURATOR : source);
    }

    private static <T> Field<T> merge(Field<T> now, T value, LabelSource source) {
        if (value == null) return now;
        if (now.source() == LabelSource.CURATOR && source != LabelSource.CURATOR) return now;
        return new Field<>(value, source);
    }

    /** A value offered and not applied because it differed from the curator's (an equal one loses nothing). */
    private static <T> boolean refused(Field<T> before, T offered, Field<T> after) {
        return offered != null && after == before && !offered.equals(before.value());
    }

    private static <T> Field<T> edited(Field<T> now, T value) {
        if (value == null) return new Field<>(null, null);
        if (Objects.equals(value, now.value()) && now.source() != null) return now;
        return new Field<>(value, LabelSource.CURATOR);
    }

    private static Current current(Connection c, long posterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT title, title_source, year, year_source FROM posters WHERE id = ?")) {
            s.setLong(1, posterId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new CatalogueException("no poster with id " + posterId);
                int year = rs.getInt(3);
                Integer boxedYear = rs.wasNull() ? null : year;
                return new Current(new Field<>(rs.getString(1), LabelSource.ofKey(rs.getString(2))),
                        new Field<>(boxedYear, LabelSource.ofKey(rs.getString(4))));
            }
        }
    }

    private static void write(Connection c, long posterId, Field<String> title, Field<Integer> year)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE posters SET title = ?, title_source = ?, year = ?, year_source = ? WHERE id = ?")) {
            s.setString(1, title.value());
            s.setString(2, title.source() == null ? null : title.source().key());
            if (year.value() == null) s.setNull(3, Types.INTEGER); else s.setInt(3, year.value());
            s.setString(4, year.source() == null ? null : year.source().key());
            s.setLong(5, posterId);
            if (s.executeUpdate() == 0) throw new CatalogueException("no poster with id " + posterId);
        }
    }
}
