package app.affiche.catalogue;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: Debian's binaries ({@code /usr/lib/postgresql/N/bin}, or {@code
 * -Daffiche.pg.bin=DIR}) run by {@code initdb} + {@code pg_ctl} in a temporary folder, on a free loopback port,
 * trust authentication for the local user {@code affiche}. PostgreSQL refuses to run as root, so under root (CI)
 * the server runs as the {@code postgres} user (or {@code nobody}) through {@code runuser}. One shared server per
 * test JVM ({@link #shared()}), stopped by a shutdown hook; {@link #startPrivate()} gives a test its own server to
 * stop and start (a server that goes away mid-batch).
 *
 * <p>No server, no silent pass: where none can be started the test fails with the reason, unless
 * {@code -Daffiche.pg=skip} asks to skip PostgreSQL tests (then they are skipped with that message).
 * {@code -Daffiche.pg.url=postgresql://user@host:port/db} uses a running server instead (databases are created in it).
 */
public final class PgTestServer implements AutoCloseable {
    public static final String USER = "affiche";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PgTestServer shared;

    private final Path dir;
    private final Path bin;
    private final String runAs;
    private final int port;
    private final String host;
    private final String adminUser;
    private boolean durable;

    private PgTestServer(Path dir, Path bin, String runAs, String host, int port, String adminUser) {
        this.dir = dir;
        this.bin = bin;
        this.runAs = runAs;
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
    }

    /** The server every PostgreSQL test shares (started on first use); skips or fails as the class says. */
    public static synchronized PgTestServer shared() {
        skipIfAsked();
        if (shared != null) return shared;
        String url = System.getProperty("affiche.pg.url", System.getenv("AFFICHE_TEST_PG_URL"));
        if (url != null && !url.isBlank()) {
            var u = java.net.URI.create(url.replaceFirst("^postgres(ql)?://", "http://"));
            String user = u.getUserInfo() == null ? System.getProperty("user.name") : u.getUserInfo().split(":")[0];
            shared = new PgTestServer(null, null, null, u.getHost(), u.getPort() < 0 ? 5432 : u.getPort(), user);
            return shared;
        }
        shared = launch(null, false);
        PgTestServer s = shared;
        Runtime.getRuntime().addShutdownHook(new Thread(s::close, "pg-test-server-stop"));
        return shared;
    }

    /** A server of the test's own, to stop ({@link #stop()}) and start again; close it when done. */
    public static PgTestServer startPrivate() {
        return startPrivate(null);
    }

    /**
     * As {@link #startPrivate()}; with a password, the server asks for it (scram-sha-256) of user {@link #USER}
     * instead of trusting every local login (the refused-password test).
     */
    public static PgTestServer startPrivate(String password) {
        return launch(password, true);
    }

    /**
     * {@code durable}: commits are on disk when they return (synchronous_commit on), so a stop loses none of them;
     * the shared server skips that for speed (a test that stops a server has its own).
     */
    private static PgTestServer launch(String password, boolean durable) {
        skipIfAsked();
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("affiche-pg-");
            String runAs = isRoot() ? unprivilegedUser() : null;
            if (runAs != null) run(List.of("chown", runAs, dir.toString()), dir, "chown");
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            PgTestServer server = new PgTestServer(dir, bin, runAs, "127.0.0.1", port, USER);
            server.durable = durable;
            List<String> initdb = new ArrayList<>(List.of(bin.resolve("initdb").toString(), "-D",
                    dir.resolve("data").toString(), "-U", USER, "-E", "UTF8", "--locale=C", "--no-sync"));
            if (password == null) {
                initdb.add("--auth=trust");
            } else {
                Path pwfile = Files.writeString(dir.resolve("pwfile"), password + "\n");
                if (runAs != null) run(List.of("chown", runAs, pwfile.toString()), dir, "chown");
                initdb.addAll(List.of("--auth=scram-sha-256", "--pwfile=" + pwfile));
            }
            server.command(initdb, "initdb");
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a PostgreSQL test server: " + e.getMessage()
                    + " (run with -Daffiche.pg=skip to skip PostgreSQL tests)", e);
        }
    }

    public void start() {
        command(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=" + (durable ? "on" : "off") + " -c full_page_writes=off -c max_connections=200", "start"),
                "pg_ctl start");
    }

    /** Stops the server at once (as a crash or a pulled cable would look to a client). */
    public void stop() {
        command(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                "-m", "immediate", "stop"), "pg_ctl stop");
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** A new, empty database; returns its {@code postgresql://} URL (what {@code --catalogue} takes). */
    public String createDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), adminUser, null);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "postgresql://" + adminUser + "@" + host + ":" + port + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, null);
    }

    @Override
    public void close() {
        if (dir == null) return;
        try {
            stop();
        } catch (RuntimeException ignored) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    private static void skipIfAsked() {
        Assumptions.assumeFalse("skip".equals(System.getProperty("affiche.pg")),
                "PostgreSQL tests skipped: -Daffiche.pg=skip");
    }

    private static Path binaries() {
        String given = System.getProperty("affiche.pg.bin");
        if (given != null) return Path.of(given);
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IOException("no initdb under " + root));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server binaries (" + e.getMessage() + "): install "
                    + "Debian's postgresql package, or give -Daffiche.pg.bin=DIR, or run with -Daffiche.pg=skip", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String unprivilegedUser() {
        try {
            for (String candidate : List.of("postgres", "nobody")) {
                Process p = new ProcessBuilder("id", "-u", candidate).redirectErrorStream(true).start();
                if (p.waitFor() == 0) return candidate;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot look up an unprivileged user: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as");
    }

    private void command(List<String> args, String what) {
        List<String> full = new ArrayList<>();
        if (runAs != null) full.addAll(List.of("runuser", "-u", runAs, "--"));
        full.addAll(args);
        run(full, dir, what);
    }

    private static void run(List<String> args, Path dir, String what) {
        try {
            Path log = Files.createTempFile("affiche-pg-cmd", ".log");
            Process p = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(what + " did not finish in 90 s");
            }
            String out = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                String serverLog = "";
                Path server = dir.resolve("server.log");
                if (Files.isReadable(server)) serverLog = "\nserver log:\n" + Files.readString(server);
                throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "): " + out.strip()
                        + serverLog + "\n(run with -Daffiche.pg=skip to skip PostgreSQL tests)");
            }
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }
}
