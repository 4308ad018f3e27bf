package app.affiche.catalogue;

import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synthetic catalogues for {@code bench scale}, and only for it: new posters with their import genres and one
 * embedding each, stored in one transaction per call. On SQLite through the import's own calls (addPosters, then
 * putEmbeddings); on PostgreSQL by binary COPY ({@link PgCopy}) into the same tables with the same values, since a
 * million posters row by row over the wire would take hours. The rows must be new (no SHA-256 already stored, no
 * curator labels): nothing here merges or checks as the import does. The caller does not learn the engine.
 */
public final class BenchRows {
    /** One synthetic poster: its genres (import labels; empty for none) and its embedding. */
    public record Row(NewPoster poster, Set<String> genres, float[] embedding) {
    }

    private BenchRows() {
    }

    /** Stores the rows under {@code encoderId}; returns the new poster ids, in the rows' order. */
    public static List<Long> load(Catalogue cat, String encoderId, List<Row> rows) {
        return cat.location().postgresql() ? copy(cat, encoderId, rows) : viaImport(cat, encoderId, rows);
    }

    /** What the catalogue takes on disk: the SQLite file, or the PostgreSQL database. */
    public static long storedBytes(Catalogue cat) {
        if (!cat.location().postgresql()) {
            try {
                return Files.size(cat.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cat.read("measuring the database", c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Runs {@link PgSchema#SCALE_INDEXES} on a PostgreSQL catalogue (schema v9 has them; this times building them on
     * a filled database, or adds them where the migration could not); returns how
     * many statements ran: none on SQLite, whose migrations already index what its planner needs.
     */
    public static int addScaleIndexes(Catalogue cat) {
        if (!cat.location().postgresql()) return 0;
        return cat.write("creating the scale indexes", c -> {
            try (var s = c.createStatement()) {
                for (String sql : PgSchema.SCALE_INDEXES) s.execute(sql);
                s.execute("ANALYZE");
            }
            return PgSchema.SCALE_INDEXES.size();
        });
    }

    private static List<Long> viaImport(Catalogue cat, String encoderId, List<Row> rows) {
        Map<String, Set<String>> genres = new HashMap<>();
        List<NewPoster> posters = new ArrayList<>();
        for (Row r : rows) {
            posters.add(r.poster());
            if (!r.genres().isEmpty()) genres.put(r.poster().sha256(), r.genres());
        }
        List<AddResult> added = cat.addPosters(posters, (stored, results) -> {
            List<LabelUpdate> updates = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                Set<String> g = genres.get(stored.get(i).sha256());
                if (g != null) updates.add(new LabelUpdate(results.get(i).id(), null, null, g, LabelSource.IMPORT));
            }
            return updates;
        });
        Map<Long, float[]> vectors = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            ids.add(added.get(i).id());
            vectors.put(added.get(i).id(), rows.get(i).embedding());
        }
        cat.putEmbeddings(encoderId, vectors);
        return ids;
    }

    private static List<Long> copy(Catalogue cat, String encoderId, List<Row> rows) {
        long now = System.currentTimeMillis();
        List<Long> ids = cat.write("storing " + rows.size() + " synthetic posters", c -> {
            List<Long> newIds = allocateIds(c, rows.size());
            PgCopy posters = new PgCopy("posters", "id, sha256, path, size_bytes, width, height, format, title, year, "
                    + "imported_at, thumbnail, palette_requested, palette_fewer, title_source, year_source, phash");
            PgCopy colours = new PgCopy("palette_colours", "poster_id, kind, position, rgb, share, near_grey");
            PgCopy summaries = new PgCopy("palette_summary", String.join(", ", PaletteSummarySql.COLUMNS));
            PgCopy labels = new PgCopy("labels", "poster_id, genre, source, labelled_at");
            PgCopy embeddings = new PgCopy("embeddings", "poster_id, encoder_id, dim, vector, created_at");
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                NewPoster p = r.poster();
                Long id = newIds.get(i);
                Palette palette = p.palette();
                String importKey = LabelSource.IMPORT.key();
                posters.row(id, p.sha256().toLowerCase(java.util.Locale.ROOT), p.path(), p.sizeBytes(), p.width(),
                        p.height(), p.format(), p.title(), p.year(), now, p.thumbnailJpeg(),
                        palette == null ? null : palette.requested(),
                        palette == null ? null : palette.fewerThanRequested() ? 1 : 0,
                        p.title() == null ? null : importKey, p.year() == null ? null : importKey, p.perceptualHash());
                if (palette != null) {
                    colours(colours, id, palette);
                    Object[] summary = PaletteSummarySql.values(palette);
                    Object[] row = new Object[summary.length + 1];
                    row[0] = id;
                    System.arraycopy(summary, 0, row, 1, summary.length);
                    summaries.row(row);
                }
                for (String g : r.genres()) labels.row(id, g, importKey, now);
                embeddings.row(id, encoderId, r.embedding().length, Blobs.toBytes(r.embedding()), now);
            }
            for (PgCopy table : List.of(posters, colours, summaries, labels, embeddings)) table.send(c);
            return newIds;
        });
        cat.embeddingsChanged(encoderId, ids);
        return ids;
    }

    private static void colours(PgCopy copy, long id, Palette palette) {
        if (palette.dominant() != null) colour(copy, id, "dominant", 0, palette.dominant());
        for (int i = 0; i < palette.colours().size(); i++) colour(copy, id, "colour", i, palette.colours().get(i));
        for (int i = 0; i < palette.greys().size(); i++) colour(copy, id, "grey", i, palette.greys().get(i));
    }

    private static void colour(PgCopy copy, long id, String kind, int position, PaletteColor colour) {
        copy.row(id, kind, position, colour.rgb() & 0xFFFFFF, colour.share(), colour.nearGrey() ? 1 : 0);
    }

    /** Ids from the posters' own identity sequence, so later imports go on after them. */
    private static List<Long> allocateIds(Connection c, int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('posters', 'id')) FROM generate_series(1, ?)")) {
            s.setInt(1, n);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
