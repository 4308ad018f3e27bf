package app.affiche.catalogue;

import app.affiche.poster.LabelSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds copies of one poster into the one kept, in one transaction: nothing a curator confirmed is lost. The kept
 * poster gets every member's curator genres (then they replace its imported ones, as a curator's edit does; with no
 * curator genre in the group, the members' imported genres are joined instead), the curator's title and year where
 * any member has them (else its own, else a member's imported ones), and the others' paths as its other paths.
 * Then the others are removed with their rows. Its own suggestions and embeddings stay.
 */
final class DuplicateMerge {
    private DuplicateMerge() {
    }

    private record TitleYear(String title, LabelSource titleSource, Integer year, LabelSource yearSource) {
    }

    static MergedCopies merge(Catalogue cat, long keep, List<Long> others, long now) {
        return cat.write("merging " + (others.size() + 1) + " copies into poster " + keep, c -> {
            if (!PosterQueries.exists(c, keep)) throw new CatalogueException("no poster with id " + keep);
            List<Long> members = new ArrayList<>(List.of(keep));
            for (long id : new LinkedHashSet<>(others)) if (id != keep && PosterQueries.exists(c, id)) members.add(id);
            Set<String> curator = genres(c, members, "curator");
            if (!curator.isEmpty()) {
                LabelSql.replaceConfirmed(c, keep, union(genres(c, List.of(keep), "curator"), curator),
                        LabelSource.CURATOR, now);
            } else {
                Set<String> imported = genres(c, members, "import");
                LabelSql.deleteLabels(c, keep, "'import'");
                LabelSql.insertLabels(c, keep, LabelSql.unscored(imported), Map.of(), LabelSource.IMPORT, now);
            }
            mergeTitleYear(c, keep, members);
            int paths = 0;
            for (long id : members.subList(1, members.size())) paths += movePaths(c, id, keep);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM posters WHERE id = ?")) {
                for (long id : members.subList(1, members.size())) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
            return new MergedCopies(keep, List.copyOf(members.subList(1, members.size())), curator, paths);
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> genres(Connection c, List<Long> posters, String source) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT genre FROM labels WHERE poster_id = ? AND source = ?")) {
            for (long id : posters) {
                s.setLong(1, id);
                s.setString(2, source);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Per field: the first curator value (the kept poster's first), else the kept one's, else a member's. */
    private static void mergeTitleYear(Connection c, long keep, List<Long> members) throws SQLException {
        List<TitleYear> all = new ArrayList<>();
        for (long id : members) all.add(titleYear(c, id));
        TitleYear t = all.stream().filter(x -> x.titleSource() == LabelSource.CURATOR).findFirst()
                .orElse(all.stream().filter(x -> x.title() != null).findFirst().orElse(all.getFirst()));
        TitleYear y = all.stream().filter(x -> x.yearSource() == LabelSource.CURATOR).findFirst()
                .orElse(all.stream().filter(x -> x.year() != null).findFirst().orElse(all.getFirst()));
        TitleYearSql.restore(c, keep, t.title(), t.titleSource(), y.year(), y.yearSource());
    }

    private static TitleYear titleYear(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT title, title_source, year, year_source FROM posters WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int year = rs.getInt(3);
                Integer boxed = rs.wasNull() ? null : year;
                return new TitleYear(rs.getString(1), LabelSource.ofKey(rs.getString(2)), boxed,
                        LabelSource.ofKey(rs.getString(4)));
            }
        }
    }

    /** The removed copy's path and its own other paths become the kept poster's other paths. */
    private static int movePaths(Connection c, long from, long keep) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO poster_paths(poster_id, path) "
                + "SELECT ?, path FROM (SELECT path FROM posters WHERE id = ? "
                + "UNION SELECT path FROM poster_paths WHERE poster_id = ?) AS seen "
                + "WHERE path <> (SELECT path FROM posters WHERE id = ?) ON CONFLICT DO NOTHING")) {
            s.setLong(1, keep);
            s.setLong(2, from);
            s.setLong(3, from);
            s.setLong(4, keep);
            return s.executeUpdate();
        }
    }
}
