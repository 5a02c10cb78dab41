package nl.wijkdeal.database;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "database" in /health: reachable or not, server version, embedded or external and the schema
 * version. Our own instead of the stock JDBC indicator, which prints the JDBC url (it can hold a
 * password).
 */
@Singleton
class DatabaseHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final DataSource dataSource;
    private final DatabaseMode mode;

    DatabaseHealth(DataSource dataSource, DatabaseMode mode) {
        // The raw pool: Micronaut Data's contextual proxy only hands out connections inside a transaction.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.mode = mode;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", mode.embedded() ? "embedded" : "external");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            details.put("server", "PostgreSQL " + c.getMetaData().getDatabaseProductVersion());
            try (ResultSet rs = s.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
                details.put("schema", rs.next() ? rs.getString(1) : "none");
            }
            healthStatus = HealthStatus.UP;
        } catch (SQLException e) {
            healthStatus = HealthStatus.DOWN;
            details.put("error", e.getSQLState() == null ? "unreachable" : "SQL state " + e.getSQLState());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "database";
    }
}
