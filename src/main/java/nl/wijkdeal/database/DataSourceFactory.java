package nl.wijkdeal.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one connection pool. The schema is migrated (Flyway, migrations/) before the pool is handed
 * out, so every bean that gets the DataSource sees the current schema. Migrating here, explicitly,
 * rather than through an event listener keeps the order obvious and the failure message ours.
 */
@Factory
class DataSourceFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DataSourceFactory.class);

    private final List<HikariDataSource> pools = new CopyOnWriteArrayList<>();

    // @Context: created at start-up, so a missing database stops the service at once.
    @Context
    @Named("default")
    HikariDataSource dataSource(DatabaseSettings settings, DatabaseMode mode) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("wijkdeal");
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(true);
        if (mode.embedded()) {
            config.setJdbcUrl(EmbeddedDatabase.start(Path.of(settings.dataDir()), settings.fresh()));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        // Fail at start, not on the first request, when the server cannot be reached.
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(10_000);
        try {
            HikariDataSource dataSource = new HikariDataSource(config);
            LOG.info("Database: {}", settings.safeUrl());
            pools.add(dataSource);
            migrate(dataSource);
            return dataSource;
        } catch (HikariPool.PoolInitializationException e) {
            throw new StartupProblem("Cannot connect to the database at " + settings.safeUrl() + " ("
                    + EmbeddedDatabase.rootMessage(e) + "). Check WIJKDEAL_DATABASE_URL, WIJKDEAL_DATABASE_USER"
                    + " and WIJKDEAL_DATABASE_PASSWORD, or leave WIJKDEAL_DATABASE_URL empty to use the"
                    + " embedded database.", e);
        }
    }

    /**
     * Closes the pool when the context stops. Not {@code @Bean(preDestroy = "close")}: Micronaut
     * Data replaces the bean by its transaction-aware proxy, on which that call fails with a
     * ClassCastException (a warning and a stack trace at every shutdown, and the pool left open).
     */
    @PreDestroy
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    private static void migrate(DataSource dataSource) {
        // Several instances may start at once: Flyway takes an advisory lock on PostgreSQL.
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }

    @Singleton
    DatabaseMode databaseMode(DatabaseSettings settings) {
        return new DatabaseMode(!settings.isExternal());
    }
}
