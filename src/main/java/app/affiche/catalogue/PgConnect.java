package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Logging in to a PostgreSQL catalogue. The password is never Affiche's to keep: {@code PGPASSWORD} when set, else
 * the driver reads {@code ~/.pgpass} (or {@code PGPASSFILE}) itself; it is passed as a connection property, never in
 * a URL, so no message, log or export can show it. Failures become plain reasons (wrong host, refused password, no
 * such database) that name the catalogue by its URL without credentials.
 */
final class PgConnect {
    private static final int CONNECT_TIMEOUT_S = 10;
    private static final int SOCKET_TIMEOUT_S = 600;

    private PgConnect() {
    }

    static Connection connect(CatalogueLocation location) {
        Properties props = new Properties();
        props.setProperty("user", location.user());
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) props.setProperty("password", password);
        props.setProperty("ApplicationName", "Affiche");
        props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_S));
        props.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_S));
        props.setProperty("tcpKeepAlive", "true");
        // a server cut off without a word (a pulled cable) must not hang a call for ever: no query of Affiche's runs this long
        props.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_S));
        try {
            return new org.postgresql.Driver().connect(location.jdbcUrl(), props);
        } catch (SQLException e) {
            throw new CatalogueException("cannot open catalogue " + location + ": " + loginReason(location, e), e);
        }
    }

    /** Why logging in failed, in plain words. */
    static String loginReason(CatalogueLocation l, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (root(e) instanceof UnknownHostException) return "unknown host " + l.host() + " (check the URL)";
        if (root(e) instanceof ConnectException) {
            return "nothing answers at " + l.host() + ":" + l.port() + " (is the PostgreSQL server running, and is the "
                    + "port right?)";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "the server refused the login of user " + l.user() + " (" + serverWords(message) + "); check the "
                    + "password in ~/.pgpass (host:port:database:user:password) or PGPASSWORD";
        }
        if (message.contains("no password was provided") || message.contains("password-based authentication")) {
            return "the server asks for a password for user " + l.user() + " and none was found: put it in ~/.pgpass "
                    + "(host:port:database:user:password, chmod 600) or PGPASSWORD";
        }
        if (state.equals("3D000")) {
            return "there is no database " + l.database() + " on " + l.host() + ":" + l.port()
                    + " (create it first, e.g. createdb " + l.database() + ")";
        }
        return reason(e);
    }

    /** The driver's message without its SQLSTATE decoration, first line only. */
    static String reason(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return serverWords(m.lines().findFirst().orElse(m).strip());
    }

    private static String serverWords(String message) {
        return message.replaceFirst("^(FATAL|ERROR): ", "").replaceFirst("\\.+$", ""); // our sentence goes on after it
    }

    private static Throwable root(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }
}
