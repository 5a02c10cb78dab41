package nl.wijkdeal.staff;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The staff_account and staff_area rows. */
@Singleton
class StaffAccounts {

    /** What login needs: the person, their hash and their lock-out state. */
    record Account(Staff staff, String passwordHash, int failedLogins, Instant lockedUntil) {
    }

    private static final String SELECT = """
            SELECT s.id, s.email, s.name, s.role, s.password_hash, s.failed_logins, s.locked_until,
                   coalesce(array_agg(a.area_code ORDER BY a.area_code) FILTER (WHERE a.area_code IS NOT NULL), '{}') AS areas
            FROM staff_account s LEFT JOIN staff_area a ON a.staff_id = s.id
            """;

    private final Sql sql;

    StaffAccounts(Sql sql) {
        this.sql = sql;
    }

    Optional<Account> byEmail(String email) {
        return sql.one(SELECT + " WHERE s.email = ? GROUP BY s.id", StaffAccounts::account, normalise(email));
    }

    Optional<Account> byId(long id) {
        return sql.one(SELECT + " WHERE s.id = ? GROUP BY s.id", StaffAccounts::account, id);
    }

    List<Staff> all() {
        return sql.list(SELECT + " GROUP BY s.id ORDER BY s.name, s.email", rs -> account(rs).staff());
    }

    boolean exists(String email) {
        return byEmail(email).isPresent();
    }

    /** @return the new id, or empty when the address has an account already (also one made a moment ago) */
    Optional<Long> insert(String email, String name, Role role, Set<String> areas, String passwordHash) {
        Optional<Long> id = sql.one("""
                INSERT INTO staff_account (email, name, role, password_hash) VALUES (?, ?, ?, ?)
                ON CONFLICT (email) DO NOTHING RETURNING id""",
                rs -> rs.getLong(1), normalise(email), name.strip(), role.name(), passwordHash);
        id.ifPresent(staffId -> areas.forEach(area ->
                sql.update("INSERT INTO staff_area (staff_id, area_code) VALUES (?, ?)", staffId, area)));
        return id;
    }

    void setPassword(long id, String passwordHash) {
        sql.update("UPDATE staff_account SET password_hash = ? WHERE id = ?", passwordHash, id);
    }

    /**
     * Counts a failed login in one statement, so that parallel attempts on several instances all count.
     * @return the number of failures so far
     */
    int recordFailure(long id, int lockAfter, Instant lockUntil) {
        return sql.one("""
                UPDATE staff_account
                SET failed_logins = failed_logins + 1,
                    locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END
                WHERE id = ? RETURNING failed_logins""", rs -> rs.getInt(1), lockAfter, lockUntil, id).orElse(0);
    }

    void clearFailures(long id) {
        sql.update("UPDATE staff_account SET failed_logins = 0, locked_until = NULL WHERE id = ? AND failed_logins > 0", id);
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Account account(ResultSet rs) throws SQLException {
        Set<String> areas = new HashSet<>(Arrays.asList((String[]) rs.getArray("areas").getArray()));
        Staff staff = new Staff(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                Role.valueOf(rs.getString("role")), areas);
        return new Account(staff, rs.getString("password_hash"), rs.getInt("failed_logins"), Sql.instant(rs, "locked_until"));
    }
}
