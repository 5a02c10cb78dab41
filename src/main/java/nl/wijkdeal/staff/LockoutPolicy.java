package nl.wijkdeal.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Guessing passwords is slowed to a crawl: after 5 wrong passwords in a row the account stays
 * locked for 15 minutes, also for the right password. The count lives in the database, so other
 * instances and new browser sessions see it too.
 */
public final class LockoutPolicy {

    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private LockoutPolicy() {
    }

    /** @return until when the account is locked, if it is */
    public static Optional<Instant> lockedUntil(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }
}
