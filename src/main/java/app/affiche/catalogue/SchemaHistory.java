package app.affiche.catalogue;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One schema history for both engines, kept by Flyway (its {@code flyway_schema_history} table): version N is step N
 * of {@link Migrations#STEPS} on SQLite and of {@link PgSchema#STEPS} on PostgreSQL, applied in one transaction.
 * SQLite catalogues from before Flyway are baselined at their {@code PRAGMA user_version}, which every step still
 * writes, so an older Affiche keeps refusing a newer file; they are copied to {@code .bak-vN} before migrating, as
 * always. A catalogue already at the target version with its history opens without Flyway (no start-up cost).
 */
final class SchemaHistory {
    static final String TABLE = "flyway_schema_history";

    private SchemaHistory() {
    }

    /** The schema version: SQLite's user_version, PostgreSQL's highest successful version in Flyway's history. */
    static int version(Connection c) throws SQLException {
        if (Engine.of(c) == Engine.SQLITE) return Migrations.version(c);
        if (!hasHistory(c)) return 0;
        int max = 0;
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT version FROM " + TABLE + " WHERE success AND version IS NOT NULL")) {
            while (rs.next()) max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
        }
        return max;
    }

    /**
     * Brings the schema to {@code target}. {@code where} names the catalogue in messages; {@code file} is the SQLite
     * file (its backups go beside it), null on PostgreSQL.
     */
    static void migrate(Connection c, String where, Path file, int target) throws SQLException {
        Engine engine = Engine.of(c);
        int from = version(c);
        if (from > Migrations.LATEST) {
            throw new CatalogueException("catalogue " + where + " has schema version " + from
                    + ", newer than this Affiche understands (" + Migrations.LATEST + "): please update Affiche");
        }
        boolean history = hasHistory(c);
        if (from >= target && history) return;
        if (engine == Engine.POSTGRESQL && PgSchema.STEPS.size() < target) { // a SQLite step without its PostgreSQL DDL
            throw new CatalogueException("this build of Affiche cannot bring a PostgreSQL catalogue to schema version "
                    + target + " (it has PostgreSQL steps up to " + PgSchema.STEPS.size() + " only); " + where
                    + " was left as it is");
        }
        if (engine == Engine.POSTGRESQL && !history && foreignTables(c)) {
            throw new CatalogueException("the database of " + where + " already holds tables that are not an Affiche "
                    + "catalogue's; nothing was changed. Give Affiche a database of its own (e.g. createdb posters)");
        }
        if (engine == Engine.SQLITE && from > 0 && from < target) Migrations.backup(c, file, from);
        if (engine == Engine.SQLITE) PaletteSummarySql.registerFunctions(c); // v5 summarises existing palettes
        try {
            Flyway.configure(SchemaHistory.class.getClassLoader())
                    .dataSource(only(c))
                    .javaMigrations(steps(engine))
                    .skipDefaultResolvers(true)
                    .skipDefaultCallbacks(true)
                    .baselineOnMigrate(from > 0 && !history)
                    .baselineVersion(MigrationVersion.fromVersion(Integer.toString(Math.max(from, 1))))
                    .baselineDescription("catalogue from before Flyway, at user_version " + from)
                    .target(MigrationVersion.fromVersion(Integer.toString(Math.max(target, 1))))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new CatalogueException("migrating catalogue " + where + " to schema version " + target + " failed: "
                    + firstLine(e), e);
        } finally {
            if (!c.getAutoCommit()) c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** Tables in the schema a new PostgreSQL catalogue would be created in: someone else's database. */
    private static boolean foreignTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    static boolean hasHistory(Connection c) throws SQLException {
        try (var s = c.prepareStatement(Engine.of(c).tableExists())) {
            s.setString(1, TABLE);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static JavaMigration[] steps(Engine engine) {
        List<List<String>> steps = engine == Engine.SQLITE ? Migrations.STEPS : PgSchema.STEPS;
        List<JavaMigration> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) out.add(new Step(i + 1, engine, steps.get(i)));
        return out.toArray(JavaMigration[]::new);
    }

    /** Flyway works on the catalogue's own connection: no second login, and v5's SQL functions are registered on it. */
    private static DataSource only(Connection c) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(SchemaHistory.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) return null;
                    if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                        return method.invoke(c, args);
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(SchemaHistory.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> unclosable;
                    case "isWrapperFor" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "the catalogue's connection";
                    default -> null;
                });
    }

    private static String firstLine(FlywayException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        Throwable cause = e.getCause();
        while (cause != null && cause.getCause() != null) cause = cause.getCause();
        String line = m.lines().findFirst().orElse(m);
        return cause == null || cause.getMessage() == null ? line : line + " (" + cause.getMessage().strip() + ")";
    }

    /** Step {@code version}: its statements in Flyway's transaction; on SQLite also the user_version it reaches. */
    private record Step(int version, Engine engine, List<String> sql) implements JavaMigration {
        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion(Integer.toString(version));
        }

        @Override
        public String getDescription() {
            return "affiche schema v" + version;
        }

        @Override
        public Integer getChecksum() {
            return String.join(";", sql).hashCode(); // an edited released step fails validation instead of passing
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public void migrate(Context context) throws SQLException {
            try (Statement s = context.getConnection().createStatement()) {
                for (String statement : sql) s.execute(statement);
                if (engine == Engine.SQLITE) s.execute("PRAGMA user_version = " + version);
            }
        }
    }
}
