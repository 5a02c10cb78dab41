package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.web.RateLimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Makes guessing codes or register entries futile: failed checks are limited per IP address and per
 * browser, each within one round, to {@value #PER_MINUTE} a minute and {@value #PER_HOUR} an hour.
 * At that pace trying 10^6 of the 2^60 codes takes years. No CAPTCHA: it shuts out exactly the
 * residents who need help most. Only checks that looked something up count; a typo caught by the
 * check character reveals nothing and costs nothing.
 */
@Singleton
class GuessLimits {

    static final int PER_MINUTE = 5;
    static final int PER_HOUR = 30;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * Who is trying: the client's IP address and the browser's own random id (a cookie), null when
     * the browser sent none: then the IP address alone counts, rather than all such browsers together.
     */
    record Attempt(long roundId, String ip, String browser) {
        List<String> keys() {
            return browser == null ? List.of("verify:ip:" + roundId + ":" + ip)
                    : List.of("verify:ip:" + roundId + ":" + ip, "verify:browser:" + roundId + ":" + browser);
        }
    }

    private final RateLimit limits;

    GuessLimits(RateLimit limits) {
        this.limits = limits;
    }

    /** When this attempt may try again, if it has used up its tries for now. */
    Optional<Instant> blockedUntil(Attempt attempt, Instant now) {
        Instant until = null;
        for (String key : attempt.keys()) {
            if (limits.hits(key, "", HOUR, now) >= PER_HOUR) {
                until = later(until, RateLimit.windowEnd(HOUR, now));
            } else if (limits.hits(key, "", MINUTE, now) >= PER_MINUTE) {
                until = later(until, RateLimit.windowEnd(MINUTE, now));
            }
        }
        return Optional.ofNullable(until);
    }

    /** Its own transaction: a failure counts even when the caller's work rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(Attempt attempt, Instant now) {
        for (String key : attempt.keys()) {
            limits.hit(key, "", MINUTE, now);
            limits.hit(key, "", HOUR, now);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
