package app.affiche.catalogue;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows for one PostgreSQL {@code COPY table(columns) FROM STDIN (FORMAT binary)} through pgjdbc's CopyManager: the
 * server's fastest way in (no per-row parse or plan, bytea sent raw rather than as hex text). Each value is written
 * in the column's binary form, so the caller must pass the type the column has (bigint, integer, double, text,
 * bytea). Bulk loading only ({@link BenchRows}); the program's own writes are ordinary statements.
 */
final class PgCopy {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private final String sql;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private int rows;

    PgCopy(String table, String columns) {
        this.sql = "COPY " + table + "(" + columns + ") FROM STDIN (FORMAT binary)";
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PgCopy row(Object... values) {
        try {
            out.writeShort(values.length);
            for (Object v : values) {
                switch (v) {
                    case null -> out.writeInt(-1);
                    case Long l -> { out.writeInt(8); out.writeLong(l); }
                    case Integer i -> { out.writeInt(4); out.writeInt(i); }
                    case Double d -> { out.writeInt(8); out.writeDouble(d); }
                    case String s -> value(s.getBytes(StandardCharsets.UTF_8));
                    case byte[] b -> value(b);
                    default -> throw new IllegalArgumentException("no binary COPY form for " + v.getClass());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
        return this;
    }

    private void value(byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    /** Sends the rows inside the caller's transaction; returns how many the server took. */
    long send(Connection c) throws SQLException {
        if (rows == 0) return 0;
        try {
            out.writeShort(-1); // trailer
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + sql + ": " + e.getMessage(), e);
        }
    }
}
