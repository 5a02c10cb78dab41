package nl.wijkdeal.web;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.secret.ServiceKeys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Hit counters per fixed time window, in the database so that every instance sees them and
 * clearing cookies does not reset them. Keys are keyed hashes (HMAC with the service secret): the
 * table holds no e-mail or IP address. Rows go after a day.
 */
@Singleton
public class RateLimit {

    private final Sql sql;
    private final ServiceKeys keys;

    RateLimit(Sql sql, ServiceKeys keys) {
        this.sql = sql;
        this.keys = keys;
    }

    /** Counts one hit for {@code what} + {@code value} in the current window; @return the hits so far, this one included. */
    public int hit(String what, String value, Duration window, Instant now) {
        Instant start = windowStart(window, now);
        int hits = sql.one("""
                INSERT INTO rate_limit (key, window_start, hits) VALUES (?, ?, 1)
                ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit.hits + 1
                RETURNING hits""", rs -> rs.getInt(1), key(what, value, window), start).orElseThrow();
        if (hits == 1) {
            sql.update("DELETE FROM rate_limit WHERE window_start < ?", now.minus(Duration.ofDays(1)));
        }
        return hits;
    }

    /** The hits so far in the current window, without counting one. */
    public int hits(String what, String value, Duration window, Instant now) {
        return sql.one("SELECT hits FROM rate_limit WHERE key = ? AND window_start = ?", rs -> rs.getInt(1),
                key(what, value, window), windowStart(window, now)).orElse(0);
    }

    /** When the current window ends: the moment to try again. */
    public static Instant windowEnd(Duration window, Instant now) {
        return windowStart(window, now).plus(window);
    }

    private static Instant windowStart(Duration window, Instant now) {
        long millis = window.toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / millis * millis);
    }

    /** The window's length is part of the key: a minute and the hour it starts share their start. */
    private byte[] key(String what, String value, Duration window) {
        return keys.hash("wijkdeal rate limit v1", (what + ":" + window.toSeconds() + ":" + value)
                .getBytes(StandardCharsets.UTF_8));
    }
}
