package app.affiche.catalogue;

import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A curator's field edit: the version check and bump, then the values (see {@link PosterVersions}). */
final class FieldWrites {
    private FieldWrites() {
    }

    /**
     * Every value is checked against its field before anything is written; blank clears his value. Refused with
     * {@link StaleEditException} naming the edited fields' values now when the poster moved on since {@code edit}
     * saw it. Returns the poster's version after the write.
     */
    static Map<Long, Long> curator(Catalogue cat, long posterId, Map<String, String> raw, CuratorEdit edit, long now) {
        List<FieldValue> values = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (var e : raw.entrySet()) {
            FieldDefinition def = cat.field(e.getKey());
            names.add(def.name());
            FieldValue v = FieldValues.parse(def, e.getValue(), LabelSource.CURATOR);
            if (v == null) cleared.add(def.name());
            else values.add(v);
        }
        return cat.write("setting fields of poster " + posterId, c -> {
            if (!PosterQueries.exists(c, posterId)) throw new CatalogueException("no poster with id " + posterId);
            try {
                PosterVersions.bump(c, List.of(posterId), edit, now);
            } catch (StaleEditException stale) {
                throw stale.showing(describe(c, posterId, names));
            }
            FieldSql.put(c, posterId, values, cleared, LabelSource.CURATOR, now);
            return PosterVersions.versions(c, List.of(posterId));
        });
    }

    /** "its price is now 120 (curator)": the confirmed value of each edited field (the curator's, else the import's). */
    private static String describe(Connection c, long posterId, List<String> fields) throws SQLException {
        List<FieldValue> all = FieldSql.values(c, posterId);
        return fields.stream().map(f -> "its " + f + " is now " + all.stream()
                        .filter(v -> v.field().equalsIgnoreCase(f) && v.source().confirmed()).findFirst()
                        .map(v -> v.display() + " (" + v.source().key() + ")").orElse("empty"))
                .collect(Collectors.joining(", "));
    }
}
