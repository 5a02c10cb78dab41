package nl.wijkdeal.database;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL for the features whose rows do not map one-to-one onto a record (arrays, child rows,
 * compare-and-set updates). Runs on the connection of the caller's transaction when there is one,
 * so a use case's statements commit or roll back together; otherwise on a connection of its own.
 */
@Singleton
@Connectable
public class Sql {

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                bind(statement, params);
                try (ResultSet rs = statement.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row.map(rs));
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw new DatabaseProblem(e);
            }
        });
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** @return the number of rows changed */
    public int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                bind(statement, params);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new DatabaseProblem(e);
            }
        });
    }

    /**
     * PostgreSQL's COPY ... FROM STDIN on the caller's connection (so inside its transaction): the
     * fastest way to load many rows. The caller writes rows and calls {@code endCopy()}.
     */
    public org.postgresql.copy.CopyIn copyIn(String sql) {
        return jdbc.execute(connection -> connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(sql));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public static List<Integer> integers(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((Integer[]) array.getArray());
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                value = instant.atOffset(ZoneOffset.UTC);
            } else if (value instanceof String[] texts) {
                value = statement.getConnection().createArrayOf("text", texts);
            } else if (value instanceof Integer[] numbers) {
                value = statement.getConnection().createArrayOf("integer", numbers);
            } else if (value instanceof Long[] numbers) {
                value = statement.getConnection().createArrayOf("bigint", numbers);
            }
            statement.setObject(i + 1, value);
        }
    }

    /** A database error that no user input can cause: it ends as the 500 page, with the cause in the log. */
    public static final class DatabaseProblem extends RuntimeException {
        private final String sqlState;

        public DatabaseProblem(SQLException cause) {
            super(cause.getMessage(), cause);
            this.sqlState = cause.getSQLState();
        }

        /** e.g. 23505 for a unique violation, which some callers turn into a clear message. */
        public String sqlState() {
            return sqlState;
        }
    }
}
