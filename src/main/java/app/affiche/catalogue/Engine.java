package app.affiche.catalogue;

import java.sql.Connection;

/**
 * The SQL that differs between the two engines, all of it here: everything else in this package is written in the
 * SQL both accept (upserts as {@code ON CONFLICT ... DO UPDATE}, {@code ON CONFLICT DO NOTHING}, {@code
 * COALESCE(SUM(x), 0.0)} for SQLite's {@code TOTAL}). The schema's per-engine DDL is in {@link Migrations} (SQLite)
 * and {@link PgSchema} (PostgreSQL), under one version history ({@link SchemaHistory}). SQLite-only, for its file:
 * {@link SqliteOpening} (PRAGMAs), {@link CatalogueHealth} (integrity checks), {@link CatalogueBackups} ({@code
 * VACUUM INTO}), {@link CatalogueFile}, {@link CatalogueLock} and the SQL functions of {@link PaletteSummarySql}.
 * PostgreSQL-only: {@link PgOpening}, {@link PgConnect}.
 */
enum Engine {
    SQLITE,
    POSTGRESQL;

    /** PostgreSQL's stand-in for SQLite's NOCASE: an ICU collation that compares without case (see PgSchema). */
    static final String PG_NOCASE = "affiche_nocase";

    static Engine of(Connection c) {
        return c instanceof org.sqlite.SQLiteConnection ? SQLITE : POSTGRESQL;
    }

    /** {@code expression} compared without case (NOCASE on SQLite: ASCII letters only, as it always was). */
    String nocase(String expression) {
        return this == SQLITE ? expression + " COLLATE NOCASE" : expression + " COLLATE " + PG_NOCASE;
    }

    /** An ORDER BY term sorting names without case, in the same (code point) order on both engines. */
    String nocaseOrder(String column) {
        return this == SQLITE ? column + " COLLATE NOCASE" : "lower(" + column + ") COLLATE \"C\"";
    }

    /** {@code column LIKE ?} without case, as SQLite's LIKE always is. */
    String likeNocase(String column) {
        return column + (this == SQLITE ? " LIKE" : " ILIKE") + " ? ESCAPE '\\'";
    }

    /** The id the last INSERT into a table with a generated id gave, on this connection. */
    String lastInsertedId() {
        return this == SQLITE ? "SELECT last_insert_rowid()" : "SELECT lastval()";
    }

    /** A row when the table named by the one parameter exists (in the schema the catalogue lives in). */
    String tableExists() {
        return this == SQLITE ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
                : "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?";
    }

    /** The column that keeps the genre vocabulary in the order it was added. */
    String genreOrder() {
        return this == SQLITE ? "rowid" : "seq";
    }
}
