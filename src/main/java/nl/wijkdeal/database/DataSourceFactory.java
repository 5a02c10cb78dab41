package nl.wijkdeal.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The one connection pool. The schema is migrated (Flyway, migrations/) before the pool is handed
 * out, so every bean that gets the DataSource sees the current schema. Migrating here, explicitly,
 * rather than through an event listener keeps the order obvious and the failure message ours.
 */
@Factory
class DataSourceFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DataSourceFactory.class);

    // @Context: created at start-up, so a missing database stops the service at once.
    @Context
    @Named("default")
    @Bean(preDestroy = "close")
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
            migrate(dataSource);
            return dataSource;
        } catch (HikariPool.PoolInitializationException e) {
            throw new StartupProblem("Cannot connect to the database at " + settings.safeUrl() + " ("
                    + EmbeddedDatabase.rootMessage(e) + "). Check WIJKDEAL_DATABASE_URL, WIJKDEAL_DATABASE_USER"
                    + " and WIJKDEAL_DATABASE_PASSWORD, or leave WIJKDEAL_DATABASE_URL empty to use the"
                    + " embedded database.", e);
        }
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
