package app.affiche.catalogue;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The catalogue's one connection and what to do when it breaks. A SQLite file never goes away; a PostgreSQL server
 * can (a restart, a network cut): the call that meets a broken connection reconnects once and runs again from the
 * start (a transaction that broke was never committed, so nothing is half applied; one that broke during its COMMIT
 * is not run again, since the server may have kept it); when the server cannot be reached it fails with why, and the
 * next call tries again. Not thread-safe: Catalogue calls it under its lock.
 */
final class CatalogueLink implements AutoCloseable {
    /** Opens a fresh connection; null for SQLite, which has nothing to reconnect to. */
    interface Connector {
        Connection connect();
    }

    /** SQLSTATE "transaction resolution unknown": the connection broke during COMMIT. */
    private static final String COMMIT_UNKNOWN = "08007";
    private final String where;
    private final Connector connector;
    private Connection connection;

    CatalogueLink(String where, Connection connection, Connector connector) {
        this.where = where;
        this.connection = connection;
        this.connector = connector;
    }

    <T> T run(String what, Catalogue.SqlWork<T> work, boolean transaction) {
        for (int attempt = 0; ; attempt++) {
            Connection c = connection();
            try {
                return transaction ? inTransaction(c, work) : work.run(c);
            } catch (SQLException e) {
                if (connector == null || !lost(c, e)) {
                    throw new CatalogueException(what + " failed in catalogue " + where + ": " + e.getMessage(), e);
                }
                drop();
                if (COMMIT_UNKNOWN.equals(e.getSQLState())) {
                    throw new CatalogueException("lost the connection to catalogue " + where + " while " + what
                            + ", as it was being saved: whether it was saved is not known (look before doing it again); "
                            + "Affiche reconnects on the next try", e);
                }
                if (attempt > 0) throw lostConnection(what, e);
                try {
                    connection(); // the server is back (or was never gone: a dropped idle connection): run it again
                } catch (CatalogueException unreachable) {
                    throw lostConnection(what, e);
                }
            }
        }
    }

    private CatalogueException lostConnection(String what, SQLException e) {
        return new CatalogueException("lost the connection to catalogue " + where + " while " + what + ": "
                + PgConnect.reason(e) + ". Nothing of it was saved; Affiche reconnects on the next try", e);
    }

    private static <T> T inTransaction(Connection c, Catalogue.SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            try {
                c.commit();
            } catch (SQLException e) { // the server may have committed before the line went: never run it twice
                if (lost(c, e)) throw new SQLException(e.getMessage(), COMMIT_UNKNOWN, e);
                throw e;
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed); // a broken connection cannot roll back: the server already did
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a broken connection: it is dropped and replaced
            }
        }
    }

    private Connection connection() {
        if (connection == null) connection = connector.connect();
        return connection;
    }

    /** SQLSTATE class 08 (connection exception), 57P0x (server shut down), or a connection that says it is closed. */
    private static boolean lost(Connection c, SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) return true;
        try {
            return c.isClosed();
        } catch (SQLException closedCheck) {
            return true;
        }
    }

    private void drop() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // it is broken already
        }
        connection = null;
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) connection.close();
        connection = null;
    }
}
