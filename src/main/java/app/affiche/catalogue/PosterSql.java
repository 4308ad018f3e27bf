package app.affiche.catalogue;

import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import app.affiche.poster.Poster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for poster rows and their palettes (called inside Catalogue's lock and transactions). */
final class PosterSql {
    static final String COLUMNS = "p.id, p.sha256, p.path, p.size_bytes, p.width, p.height, p.format, p.title, p.year, "
            + "p.imported_at, p.title_source, p.year_source";

    private PosterSql() {
    }

    static Poster row(ResultSet rs) throws SQLException {
        int year = rs.getInt(9);
        Integer boxedYear = rs.wasNull() ? null : year;
        return new Poster(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), boxedYear, Instant.ofEpochMilli(rs.getLong(10)),
                LabelSource.ofKey(rs.getString(11)), LabelSource.ofKey(rs.getString(12)));
    }

    static long insert(Connection c, NewPoster p, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO posters(sha256, path, size_bytes, width, height, "
                + "format, title, year, imported_at, thumbnail, palette_requested, palette_fewer, title_source, "
                + "year_source, phash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, p.sha256());
            s.setString(2, p.path());
            s.setLong(3, p.sizeBytes());
            s.setInt(4, p.width());
            s.setInt(5, p.height());
            s.setString(6, p.format());
            s.setString(7, p.title());
            if (p.year() == null) s.setNull(8, Types.INTEGER); else s.setInt(8, p.year());
            s.setLong(9, now);
            s.setBytes(10, p.thumbnailJpeg());
            if (p.palette() == null) {
                s.setNull(11, Types.INTEGER);
                s.setNull(12, Types.INTEGER);
            } else {
                s.setInt(11, p.palette().requested());
                s.setInt(12, p.palette().fewerThanRequested() ? 1 : 0);
            }
            // what the import step read from the file itself is an import value, never a curator's
            s.setString(13, p.title() == null ? null : LabelSource.IMPORT.key());
            s.setString(14, p.year() == null ? null : LabelSource.IMPORT.key());
            if (p.perceptualHash() == null) s.setNull(15, Types.INTEGER); else s.setLong(15, p.perceptualHash());
            s.executeUpdate();
        }
        long id;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(Engine.of(c).lastInsertedId())) {
            rs.next();
            id = rs.getLong(1);
        }
        if (p.palette() != null) {
            insertPalette(c, id, p.palette());
            PaletteSummarySql.insert(c, id, p.palette());
        }
        return id;
    }

    private static void insertPalette(Connection c, long id, Palette palette) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO palette_colours(poster_id, kind, position, rgb, share, "
                + "near_grey) VALUES (?, ?, ?, ?, ?, ?)")) {
            if (palette.dominant() != null) addColour(s, id, "dominant", 0, palette.dominant());
            for (int i = 0; i < palette.colours().size(); i++) addColour(s, id, "colour", i, palette.colours().get(i));
            for (int i = 0; i < palette.greys().size(); i++) addColour(s, id, "grey", i, palette.greys().get(i));
            s.executeBatch();
        }
    }

    private static void addColour(PreparedStatement s, long id, String kind, int position, PaletteColor colour)
            throws SQLException {
        s.setLong(1, id);
        s.setString(2, kind);
        s.setInt(3, position);
        s.setInt(4, colour.rgb() & 0xFFFFFF);
        s.setDouble(5, colour.share());
        s.setInt(6, colour.nearGrey() ? 1 : 0);
        s.addBatch();
    }

    static Optional<Palette> palette(Connection c, long id) throws SQLException {
        int requested;
        boolean fewer;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT palette_requested, palette_fewer FROM posters WHERE id = ? AND palette_requested IS NOT NULL")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                requested = rs.getInt(1);
                fewer = rs.getInt(2) != 0;
            }
        }
        PaletteColor dominant = null;
        List<PaletteColor> colours = new ArrayList<>();
        List<PaletteColor> greys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT kind, rgb, share, near_grey FROM palette_colours "
                + "WHERE poster_id = ? ORDER BY kind, position")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    PaletteColor colour = new PaletteColor(rs.getInt(2), rs.getDouble(3), rs.getInt(4) != 0);
                    switch (rs.getString(1)) {
                        case "dominant" -> dominant = colour;
                        case "colour" -> colours.add(colour);
                        default -> greys.add(colour);
                    }
                }
            }
        }
        return Optional.of(new Palette(dominant, colours, greys, requested, fewer));
    }

    /** Builds the WHERE clause for a filter; parameters are appended to {@code params}. */
    static String where(Engine engine, PosterFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        String confirmed = "SELECT 1 FROM labels l WHERE l.poster_id = p.id AND l.source <> 'model'";
        if (f.genre() != null) {
            sql.append(" AND EXISTS (").append(confirmed).append(" AND ").append(engine.nocase("l.genre")).append(" = ?)");
            params.add(f.genre());
        }
        if (f.decade() != null) {
            sql.append(" AND p.year BETWEEN ? AND ?");
            params.add(f.decade().start());
            params.add(f.decade().start() + 9);
        }
        if (f.unlabelled() != null) {
            sql.append(f.unlabelled() ? " AND NOT EXISTS (" : " AND EXISTS (").append(confirmed).append(')');
        }
        if (f.withSuggestions() != null) {
            sql.append(f.withSuggestions() ? " AND EXISTS (" : " AND NOT EXISTS (")
                    .append("SELECT 1 FROM labels m WHERE m.poster_id = p.id AND m.source = 'model')");
        }
        if (f.titleContains() != null) {
            sql.append(" AND ").append(engine.likeNocase("p.title"));
            params.add("%" + f.titleContains().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.toString();
    }

    static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) s.setObject(i + 1, params.get(i));
    }
}
