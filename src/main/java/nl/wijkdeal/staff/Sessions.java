package nl.wijkdeal.staff;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.kernel.SecretToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Staff sessions in the database: any instance can serve any request, logging out ends the session
 * everywhere at once, and a password change ends every other session. The cookie holds 256 random
 * bits; the table only their SHA-256.
 */
@Singleton
class Sessions {

    private final Sql sql;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    Sessions(Sql sql, StaffAccounts accounts, Clock clock,
             @Value("${wijkdeal.staff.session.idle:2h}") Duration idle,
             @Value("${wijkdeal.staff.session.absolute:12h}") Duration absolute) {
        this.sql = sql;
        this.accounts = accounts;
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** A fresh session (a fresh id at every login: a session id planted before login is worthless). */
    String start(long staffId) {
        String cookie = SecretToken.create();
        Instant now = clock.instant();
        // Dead sessions of this person go at their next login; nothing else needs a sweep.
        sql.update("DELETE FROM staff_session WHERE staff_id = ? AND (expires_at <= ? OR last_seen_at <= ?)",
                staffId, now, now.minus(idle));
        sql.update("INSERT INTO staff_session (token_hash, staff_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                SecretToken.digest(cookie), staffId, now, now, now.plus(absolute));
        return cookie;
    }

    /**
     * The staff member of a live session. Touches last_seen_at at most once a minute, so a busy
     * page does not write on every request.
     */
    Optional<Staff> find(String cookie) {
        if (cookie == null || cookie.length() != 43) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Long> staffId = sql.one("""
                UPDATE staff_session SET last_seen_at = CASE WHEN last_seen_at < ? THEN ? ELSE last_seen_at END
                WHERE token_hash = ? AND expires_at > ? AND last_seen_at > ?
                RETURNING staff_id""",
                rs -> rs.getLong(1), now.minusSeconds(60), now, SecretToken.digest(cookie), now, now.minus(idle));
        return staffId.flatMap(accounts::byId).map(StaffAccounts.Account::staff);
    }

    void end(String cookie) {
        if (cookie != null) {
            sql.update("DELETE FROM staff_session WHERE token_hash = ?", SecretToken.digest(cookie));
        }
    }

    /** Ends every session of this person except the one given (after a password change). */
    void endOthers(long staffId, String keepCookie) {
        sql.update("DELETE FROM staff_session WHERE staff_id = ? AND token_hash <> ?", staffId, SecretToken.digest(keepCookie));
    }

    /** Ends every session of this person (after an admin gave them a new password). */
    void endAll(long staffId) {
        sql.update("DELETE FROM staff_session WHERE staff_id = ?", staffId);
    }
}
