package app.affiche.catalogue;

import app.affiche.poster.LabelSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A curator's title/year transactions: the version check and bump, then the write (see {@link PosterVersions}). */
final class TitleYearWrites {
    private TitleYearWrites() {
    }

    static Map<Long, Long> replace(Catalogue cat, long posterId, String title, Integer year, CuratorEdit edit, long now) {
        return cat.write("setting title and year", c -> {
            checkedBump(c, posterId, edit, now);
            TitleYearSql.replace(c, posterId, title, year);
            return PosterVersions.versions(c, List.of(posterId));
        });
    }

    static Map<Long, Long> restore(Catalogue cat, long posterId, String title, LabelSource titleSource, Integer year,
                                   LabelSource yearSource, CuratorEdit edit, long now) {
        return cat.write("restoring title and year", c -> {
            checkedBump(c, posterId, edit, now);
            TitleYearSql.restore(c, posterId, title, titleSource, year, yearSource);
            return PosterVersions.versions(c, List.of(posterId));
        });
    }

    /** The version check; a refusal says what title and year the other left, since that is what was edited. */
    private static void checkedBump(Connection c, long posterId, CuratorEdit edit, long now) throws SQLException {
        try {
            PosterVersions.bump(c, List.of(posterId), edit, now);
        } catch (StaleEditException stale) {
            try (PreparedStatement s = c.prepareStatement("SELECT title, year FROM posters WHERE id = ?")) {
                s.setLong(1, posterId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) throw stale;
                    String title = rs.getString(1);
                    int year = rs.getInt(2);
                    String y = rs.wasNull() ? "no year" : "year " + year;
                    throw stale.showing("its title is now " + (title == null ? "empty" : "'" + title + "'") + ", " + y);
                }
            }
        }
    }
}
