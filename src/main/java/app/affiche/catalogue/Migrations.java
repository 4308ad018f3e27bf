package app.affiche.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQLite schema, step by step: {@code PRAGMA user_version} holds the number of steps applied; each step is a list
 * of SQL statements applied in one transaction by {@link SchemaHistory} (Flyway), which keeps one history for SQLite
 * and PostgreSQL ({@link PgSchema} has the same steps in PostgreSQL's DDL). An existing catalogue is copied ({@code
 * VACUUM INTO}, consistent even with a WAL) to {@code <file>.bak-v<N>} before it is migrated.
 */
final class Migrations {

    /**
     * Step i (0-based) takes the schema from version i to i + 1. Never edit a released step: append a new one, and
     * the same step in PostgreSQL's DDL to {@link PgSchema#STEPS} (SchemaHistoryTest checks they keep in step).
     */
    static final List<List<String>> STEPS = List.of(
            List.of("""
                    CREATE TABLE posters(
                      id INTEGER PRIMARY KEY,
                      sha256 TEXT NOT NULL UNIQUE,
                      path TEXT NOT NULL,
                      size_bytes INTEGER NOT NULL,
                      width INTEGER NOT NULL,
                      height INTEGER NOT NULL,
                      format TEXT NOT NULL,
                      title TEXT,
                      year INTEGER,
                      imported_at INTEGER NOT NULL,
                      thumbnail BLOB,
                      palette_requested INTEGER,
                      palette_fewer INTEGER)""",
                    """
                    CREATE TABLE palette_colours(
                      poster_id INTEGER NOT NULL REFERENCES posters(id) ON DELETE CASCADE,
                      kind TEXT NOT NULL CHECK (kind IN ('dominant', 'colour', 'grey')),
                      position INTEGER NOT NULL,
                      rgb INTEGER NOT NULL,
                      share REAL NOT NULL,
                      near_grey INTEGER NOT NULL,
                      PRIMARY KEY (poster_id, kind, position))""",
                    "CREATE TABLE genres(name TEXT PRIMARY KEY COLLATE NOCASE, origin TEXT NOT NULL)",
                    """
                    CREATE TABLE labels(
                      poster_id INTEGER NOT NULL REFERENCES posters(id) ON DELETE CASCADE,
                      genre TEXT NOT NULL REFERENCES genres(name),
                      source TEXT NOT NULL CHECK (source IN ('curator', 'import', 'model')),
                      confidence REAL,
                      labelled_at INTEGER NOT NULL,
                      PRIMARY KEY (poster_id, genre, source))""",
                    """
                    CREATE TABLE embeddings(
                      poster_id INTEGER NOT NULL REFERENCES posters(id) ON DELETE CASCADE,
                      encoder_id TEXT NOT NULL,
                      dim INTEGER NOT NULL,
                      vector BLOB NOT NULL,
                      created_at INTEGER NOT NULL,
                      PRIMARY KEY (poster_id, encoder_id))""",
                    """
                    CREATE TABLE embedding_failures(
                      poster_id INTEGER NOT NULL REFERENCES posters(id) ON DELETE CASCADE,
                      encoder_id TEXT NOT NULL,
                      reason TEXT NOT NULL,
                      failed_at INTEGER NOT NULL,
                      PRIMARY KEY (poster_id, encoder_id))""",
                    """
                    CREATE TABLE heads(
                      encoder_id TEXT PRIMARY KEY,
                      heads BLOB NOT NULL,
                      provenance TEXT NOT NULL,
                      trained_at INTEGER NOT NULL)"""),
            // v2: other paths a renamed copy was seen at, and lookups by path / genre / year.
            List.of("""
                    CREATE TABLE poster_paths(
                      poster_id INTEGER NOT NULL REFERENCES posters(id) ON DELETE CASCADE,
                      path TEXT NOT NULL,
                      PRIMARY KEY (poster_id, path))""",
                    "CREATE INDEX poster_paths_by_path ON poster_paths(path)",
                    "CREATE INDEX posters_by_path ON posters(path)",
                    "CREATE INDEX posters_by_year ON posters(year)",
                    "CREATE INDEX labels_by_genre ON labels(genre, source)"),
            // v3: the threshold the heads judged a model label by (a pre-1980 poster's are lower), so a
            // suggestion is accepted as it was made even when the poster was never shown.
            List.of("ALTER TABLE labels ADD COLUMN threshold REAL"),
            // v4: where a poster's title and year came from, as labels.source says for genres, so an import never
            // replaces a curator's. Older catalogues never recorded it; their writers were `label --title/--year`
            // and workbench edits (curator) and labels files (import). The best evidence left is whether a curator
            // labelled the poster: then he reviewed it and its title and year stand as his (an import must not
            // change them); otherwise they are taken as imported, so the next labels file may still correct them.
            List.of("ALTER TABLE posters ADD COLUMN title_source TEXT "
                            + "CHECK (title_source IN ('curator', 'import', 'model'))",
                    "ALTER TABLE posters ADD COLUMN year_source TEXT "
                            + "CHECK (year_source IN ('curator', 'import', 'model'))",
                    """
                    UPDATE posters SET
                      title_source = CASE WHEN title IS NULL THEN NULL WHEN EXISTS (SELECT 1 FROM labels l
                        WHERE l.poster_id = posters.id AND l.source = 'curator') THEN 'curator' ELSE 'import' END,
                      year_source = CASE WHEN year IS NULL THEN NULL WHEN EXISTS (SELECT 1 FROM labels l
                        WHERE l.poster_id = posters.id AND l.source = 'curator') THEN 'curator' ELSE 'import' END"""),
            // v5: per poster, its palette's shares summed by hue bin (chromatic colours) and lightness bin (every
            // entry), its grey and colour shares, and the cell of its largest colour (ColourBins), so palette
            // analytics over 100k posters is one aggregate query instead of a pass over every palette row. Existing
            // palettes are summarised here by the SQL functions PaletteSummarySql registers (the same Java maths
            // the import uses), called once per palette row (the materialised CTE: inlined, each CASE would call
            // them again); the 'dominant' row repeats a colour or grey and is left out.
            List.of("""
                    CREATE TABLE palette_summary(
                      poster_id INTEGER PRIMARY KEY REFERENCES posters(id) ON DELETE CASCADE,
                      grey REAL NOT NULL,
                      colour REAL NOT NULL,
                      hue_0 REAL NOT NULL, hue_1 REAL NOT NULL, hue_2 REAL NOT NULL, hue_3 REAL NOT NULL,
                      hue_4 REAL NOT NULL, hue_5 REAL NOT NULL, hue_6 REAL NOT NULL, hue_7 REAL NOT NULL,
                      hue_8 REAL NOT NULL, hue_9 REAL NOT NULL, hue_10 REAL NOT NULL, hue_11 REAL NOT NULL,
                      light_0 REAL NOT NULL, light_1 REAL NOT NULL, light_2 REAL NOT NULL, light_3 REAL NOT NULL,
                      light_4 REAL NOT NULL,
                      main_cell INTEGER,
                      main_rgb INTEGER)""",
                    """
                    INSERT INTO palette_summary
                    WITH binned AS MATERIALIZED (
                      SELECT poster_id, kind, position, rgb, share, near_grey, affiche_hue_bin(rgb) AS hue,
                        affiche_light_bin(rgb) AS light
                      FROM palette_colours WHERE kind IN ('colour', 'grey'))
                    SELECT poster_id,
                      TOTAL(CASE WHEN near_grey = 1 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 0 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 1 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 2 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 3 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 4 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 5 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 6 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 7 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 8 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 9 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 10 THEN share END),
                      TOTAL(CASE WHEN near_grey = 0 AND hue = 11 THEN share END),
                      TOTAL(CASE WHEN light = 0 THEN share END),
                      TOTAL(CASE WHEN light = 1 THEN share END),
                      TOTAL(CASE WHEN light = 2 THEN share END),
                      TOTAL(CASE WHEN light = 3 THEN share END),
                      TOTAL(CASE WHEN light = 4 THEN share END),
                      affiche_cell(MAX(CASE WHEN kind = 'colour' AND position = 0 THEN rgb END)),
                      MAX(CASE WHEN kind = 'colour' AND position = 0 THEN rgb END)
                    FROM binned GROUP BY poster_id"""),
            // v6: typed extra fields per poster (a dealer's price, condition, an IMDb rating), each value with its
            // source as labels have (a model value sits beside a curator's, never over it), and the heads trained to
            // predict a field, per encoder. bins: the named ranges a number field's head is trained as, if any.
            List.of("""
                    CREATE TABLE fields(
                      name TEXT PRIMARY KEY COLLATE NOCASE,
                      type TEXT NOT NULL CHECK (type IN ('number', 'category', 'text')),
                      bins TEXT,
                      created_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE field_values(
                      poster_id INTEGER NOT NULL REFERENCES posters(id) ON DELETE CASCADE,
                      field TEXT NOT NULL COLLATE NOCASE REFERENCES fields(name) ON DELETE CASCADE,
                      source TEXT NOT NULL CHECK (source IN ('curator', 'import', 'model')),
                      text TEXT,
                      number REAL,
                      confidence REAL,
                      set_at INTEGER NOT NULL,
                      PRIMARY KEY (poster_id, field, source))""",
                    "CREATE INDEX field_values_by_field ON field_values(field, source)",
                    """
                    CREATE TABLE field_heads(
                      field TEXT NOT NULL COLLATE NOCASE REFERENCES fields(name) ON DELETE CASCADE,
                      encoder_id TEXT NOT NULL,
                      head BLOB NOT NULL,
                      provenance TEXT NOT NULL,
                      trained_at INTEGER NOT NULL,
                      PRIMARY KEY (field, encoder_id))"""),
            // v7: a 64-bit perceptual hash (DCT pHash) of the decoded image, so another scan, size or JPEG quality
            // of the same art is found as a duplicate; SHA-256 only finds the same bytes. Posters imported before
            // have none (NULL) until `affiche duplicates` (or the workbench's grouping) computes it from the file.
            List.of("ALTER TABLE posters ADD COLUMN phash INTEGER"),
            // v8: the thresholds (and suggestion band) a curator set himself, per encoder, so `tag`, `predict`,
            // `accept` and the window judge by the same ones; they were a per-user thresholds.json the window alone
            // read (moved in once by the first Affiche that opens the catalogue with it). Keyed by encoder, not by
            // the heads' training date: a retrain keeps them, as it always did.
            List.of("""
                    CREATE TABLE curator_thresholds(
                      encoder_id TEXT NOT NULL,
                      genre TEXT NOT NULL COLLATE NOCASE,
                      threshold REAL NOT NULL CHECK (threshold >= 0 AND threshold <= 1),
                      set_at INTEGER NOT NULL,
                      PRIMARY KEY (encoder_id, genre))""",
                    """
                    CREATE TABLE curator_bands(
                      encoder_id TEXT PRIMARY KEY,
                      band REAL NOT NULL CHECK (band >= 0 AND band < 1),
                      set_at INTEGER NOT NULL)"""),
            // v9: several curators on one (PostgreSQL) catalogue. A row version on posters, moved by every label,
            // title, year and field write, so a curator's write names the version he saw and a stale one is refused
            // (PosterVersions) instead of silently replacing another's; who changed it last, and when; and the curator
            // (user@host) beside his labels. Existing posters start at version 0, their labels' curator unknown.
            List.of("ALTER TABLE posters ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE posters ADD COLUMN changed_by TEXT",
                    "ALTER TABLE posters ADD COLUMN changed_at INTEGER",
                    "ALTER TABLE labels ADD COLUMN curator TEXT"));

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static Path backupPath(Path file, int version) {
        return file.resolveSibling(file.getFileName() + ".bak-v" + version);
    }

    /** Copies the catalogue to {@code <file>.bak-v<version>} before it is migrated ({@link SchemaHistory}). */
    static void backup(Connection c, Path file, int version) throws SQLException {
        Path target = backupPath(file, version);
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new CatalogueException("cannot replace old backup " + target + ": " + e.getMessage(), e);
        }
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        }
    }
}
