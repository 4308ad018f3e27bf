package app.affiche.catalogue;

import app.affiche.poster.LabelSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's label transactions (one per user action). Genre names are put in the vocabulary's spelling
 * before the transaction starts, so an unknown genre throws {@link UnknownGenreException} and changes nothing.
 */
final class LabelWrites {
    private LabelWrites() {
    }

    static void confirmed(Catalogue cat, long posterId, Set<String> genres, LabelSource source, long now) {
        Set<String> canonical = LabelSql.canonical(genres, cat.genreVocabulary());
        CuratorEdit edit = CuratorEdit.unchecked();
        cat.write("labelling poster " + posterId, c -> {
            requirePoster(c, posterId);
            PosterVersions.bump(c, List.of(posterId), edit, now);
            boolean written = LabelSql.replaceConfirmed(c, posterId, canonical, source, now);
            PosterVersions.stampCurator(c, List.of(posterId), edit.curator());
            return written;
        });
    }

    /** Returns each poster's version after the write (what its undo must find). */
    static Map<Long, Long> restore(Catalogue cat, Map<Long, Set<String>> genresByPoster, Map<Long, LabelSource> sources,
                                   CuratorEdit edit, long now) {
        List<String> vocabulary = cat.genreVocabulary();
        Map<Long, Set<String>> canonical = new LinkedHashMap<>();
        genresByPoster.forEach((id, genres) -> canonical.put(id, LabelSql.canonical(genres, vocabulary)));
        return cat.write("restoring labels", c -> {
            for (long id : canonical.keySet()) requirePoster(c, id);
            PosterVersions.bump(c, canonical.keySet(), edit, now);
            for (var e : canonical.entrySet()) {
                LabelSource source = sources.getOrDefault(e.getKey(), LabelSource.CURATOR);
                if (!source.confirmed()) throw new IllegalArgumentException("confirmed labels need source CURATOR or IMPORT");
                LabelSql.deleteLabels(c, e.getKey(), "'curator', 'import'");
                LabelSql.insertLabels(c, e.getKey(), LabelSql.unscored(e.getValue()), Map.of(), source, now);
            }
            PosterVersions.stampCurator(c, canonical.keySet(), edit.curator());
            return PosterVersions.versions(c, canonical.keySet());
        });
    }

    /** Returns what the lines left as a curator had it (genres, titles, years not replaced). */
    static KeptCurator apply(Catalogue cat, List<LabelUpdate> updates, long now) {
        return apply(cat, updates, CuratorEdit.unchecked(), now).kept();
    }

    /** What a labels write left as a curator had it, and each poster's version after it. */
    record Applied(KeptCurator kept, Map<Long, Long> versions) {
    }

    /** A curator's genres on several posters, checked against the versions he saw; returns their new versions. */
    static Map<Long, Long> curator(Catalogue cat, Map<Long, Set<String>> genresByPoster, CuratorEdit edit, long now) {
        List<LabelUpdate> updates = new ArrayList<>();
        genresByPoster.forEach((id, g) -> updates.add(new LabelUpdate(id, null, null, g, LabelSource.CURATOR)));
        return apply(cat, updates, edit, now).versions();
    }

    static Applied apply(Catalogue cat, List<LabelUpdate> updates, CuratorEdit edit, long now) {
        List<String> vocabulary = cat.genreVocabulary();
        List<LabelUpdate> canonical = new ArrayList<>();
        for (LabelUpdate u : updates) {
            canonical.add(u.genres() == null ? u : new LabelUpdate(u.posterId(), u.title(), u.year(),
                    LabelSql.canonical(u.genres(), vocabulary), u.source()));
        }
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (LabelUpdate u : canonical) ids.add(u.posterId());
        return cat.write("applying labels", c -> {
            PosterVersions.bump(c, ids, edit, now);
            KeptCurator kept = applyIn(c, canonical, now);
            PosterVersions.stampCurator(c, ids, edit.curator());
            return new Applied(kept, PosterVersions.versions(c, ids));
        });
    }

    /** Applies updates whose genres are already in the vocabulary's spelling, inside the caller's transaction. */
    static KeptCurator applyIn(Connection c, List<LabelUpdate> updates, long now) throws SQLException {
        int genres = 0;
        int titles = 0;
        int years = 0;
        for (LabelUpdate u : updates) {
            TitleYearSql.Kept kept = TitleYearSql.set(c, u.posterId(), u.title(), u.year(), u.source());
            if (kept.title()) titles++;
            if (kept.year()) years++;
            if (u.genres() != null && !LabelSql.replaceConfirmed(c, u.posterId(), u.genres(), u.source(), now)) {
                genres++;
            }
        }
        return new KeptCurator(genres, titles, years);
    }

    /** Each genre is spelled one label at a time, so a threshold follows its own genre whatever the map's order. */
    static void model(Catalogue cat, long posterId, Map<String, Double> confidences, Map<String, Double> thresholds,
                      long now) {
        List<String> vocabulary = cat.genreVocabulary();
        Map<String, Double> byCanonical = new LinkedHashMap<>();
        Map<String, Double> thresholdByCanonical = new LinkedHashMap<>();
        for (var e : confidences.entrySet()) {
            String genre = LabelSql.canonical(List.of(e.getKey()), vocabulary).iterator().next();
            byCanonical.put(genre, e.getValue());
            Double t = thresholds.get(e.getKey());
            if (t != null) thresholdByCanonical.put(genre, t);
        }
        cat.write("storing model labels", c -> {
            requirePoster(c, posterId);
            LabelSql.deleteLabels(c, posterId, "'model'");
            LabelSql.insertLabels(c, posterId, byCanonical, thresholdByCanonical, LabelSource.MODEL, now);
            return null;
        });
    }

    private static void requirePoster(Connection c, long posterId) throws SQLException {
        if (!PosterQueries.exists(c, posterId)) throw new CatalogueException("no poster with id " + posterId);
    }
}
