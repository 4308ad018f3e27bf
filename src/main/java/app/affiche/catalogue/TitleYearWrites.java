package app.affiche.catalogue;

import app.affiche.poster.LabelSource;

import java.util.List;
import java.util.Map;

/** A curator's title/year transactions: the version check and bump, then the write (see {@link PosterVersions}). */
final class TitleYearWrites {
    private TitleYearWrites() {
    }

    static Map<Long, Long> replace(Catalogue cat, long posterId, String title, Integer year, CuratorEdit edit, long now) {
        return cat.write("setting title and year", c -> {
            PosterVersions.bump(c, List.of(posterId), edit, now);
            TitleYearSql.replace(c, posterId, title, year);
            return PosterVersions.versions(c, List.of(posterId));
        });
    }

    static Map<Long, Long> restore(Catalogue cat, long posterId, String title, LabelSource titleSource, Integer year,
                                   LabelSource yearSource, CuratorEdit edit, long now) {
        return cat.write("restoring title and year", c -> {
            PosterVersions.bump(c, List.of(posterId), edit, now);
            TitleYearSql.restore(c, posterId, title, titleSource, year, yearSource);
            return PosterVersions.versions(c, List.of(posterId));
        });
    }
}
