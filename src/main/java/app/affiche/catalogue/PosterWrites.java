package app.affiche.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** Storing posters and the other paths they were seen at; each call is one catalogue transaction. */
final class PosterWrites {
    private PosterWrites() {
    }

    /**
     * A poster whose SHA-256 is known is not stored again; its different path is remembered as a renamed copy.
     * The labels given for the posters are written in the same transaction.
     */
    static List<AddResult> add(Catalogue cat, List<NewPoster> posters, ImportLabels labels, long now) {
        return cat.write("storing posters", c -> {
            List<AddResult> results = new ArrayList<>();
            for (NewPoster p : posters) {
                String sha = p.sha256().toLowerCase(Locale.ROOT);
                OptionalLong existing = PosterQueries.idBy(c, "SELECT id FROM posters WHERE sha256 = ?", sha);
                if (existing.isPresent()) {
                    rememberPath(c, existing.getAsLong(), p.path());
                    results.add(new AddResult(existing.getAsLong(), false));
                } else {
                    NewPoster normalised = sha.equals(p.sha256()) ? p : new NewPoster(sha, p.path(), p.sizeBytes(),
                            p.width(), p.height(), p.format(), p.title(), p.year(), p.thumbnailJpeg(), p.palette(),
                            p.perceptualHash());
                    results.add(new AddResult(PosterSql.insert(c, normalised, now), true));
                }
            }
            LabelWrites.applyIn(c, labels.forStored(posters, results), now);
            return results;
        });
    }

    static void addPath(Catalogue cat, long posterId, String path) {
        cat.write("recording a poster path", c -> {
            rememberPath(c, posterId, path);
            return null;
        });
    }

    private static void rememberPath(Connection c, long id, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO poster_paths(poster_id, path) "
                + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM posters WHERE id = ? AND path = ?) ON CONFLICT DO NOTHING")) {
            s.setLong(1, id);
            s.setString(2, path);
            s.setLong(3, id);
            s.setString(4, path);
            s.executeUpdate();
        }
    }
}
