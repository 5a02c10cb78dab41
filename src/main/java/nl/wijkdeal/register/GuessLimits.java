package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.web.RateLimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Makes guessing codes or register entries futile: failed checks are limited per browser to
 * {@value #PER_MINUTE} a minute and {@value #PER_HOUR} an hour, and per IP address to
 * {@value #IP_PER_MINUTE} and {@value #IP_PER_HOUR}, each within one round. The IP limit is higher
 * because many residents can share one address (a WIJ-locatie, a library, a mobile network's NAT);
 * a script that drops its cookies meets it all the same. At 200 tries an hour, a year of guessing
 * finds a live code among 2^60 with a chance of about 10^-8. No CAPTCHA: it shuts out exactly the
 * residents who need help most. Only checks that looked something up count; a typo caught by the
 * check character reveals nothing and costs nothing.
 */
@Singleton
class GuessLimits {

    static final int PER_MINUTE = 5;
    static final int PER_HOUR = 30;
    static final int IP_PER_MINUTE = 20;
    static final int IP_PER_HOUR = 200;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * Who is trying: the client's IP address and the browser's own random id (a cookie), null when
     * the browser sent none: then the IP address alone counts, rather than all such browsers together.
     */
    record Attempt(long roundId, String ip, String browser) {
        List<Limit> limits() {
            Limit byIp = new Limit("verify:ip:" + roundId + ":" + ip, IP_PER_MINUTE, IP_PER_HOUR);
            return browser == null ? List.of(byIp)
                    : List.of(byIp, new Limit("verify:browser:" + roundId + ":" + browser, PER_MINUTE, PER_HOUR));
        }
    }

    private record Limit(String key, int perMinute, int perHour) {
    }

    private final RateLimit limits;

    GuessLimits(RateLimit limits) {
        this.limits = limits;
    }

    /** When this attempt may try again, if it has used up its tries for now. */
    Optional<Instant> blockedUntil(Attempt attempt, Instant now) {
        Instant until = null;
        for (Limit limit : attempt.limits()) {
            if (limits.hits(limit.key(), "", HOUR, now) >= limit.perHour()) {
                until = later(until, RateLimit.windowEnd(HOUR, now));
            } else if (limits.hits(limit.key(), "", MINUTE, now) >= limit.perMinute()) {
                until = later(until, RateLimit.windowEnd(MINUTE, now));
            }
        }
        return Optional.ofNullable(until);
    }

    /** Its own transaction: a failure counts even when the caller's work rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(Attempt attempt, Instant now) {
        for (Limit limit : attempt.limits()) {
            limits.hit(limit.key(), "", MINUTE, now);
            limits.hit(limit.key(), "", HOUR, now);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
