package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.web.RateLimit;

import java.time.Instant;
import java.time.Duration;

/**
 * Limits per e-mail address and per IP address per hour, counted in the database so that every
 * instance sees them. Keys are keyed hashes (HMAC with the service secret): the table holds neither
 * addresses nor IPs, and its rows go after a day.
 */
@Singleton
class SpamLimits {

    /** Plans one address may submit per hour; a real resident needs one or two. */
    static final int PLANS_PER_ADDRESS = 5;
    /** Per IP address more: a WIJ counter or a library shares one address. */
    static final int PLANS_PER_IP = 30;
    static final int SUPPORTS_PER_ADDRESS = 60;
    static final int SUPPORTS_PER_IP = 300;
    static final int COMMENTS_PER_ADDRESS = 20;
    static final int COMMENTS_PER_IP = 100;
    /** Reports carry no address, so only per IP; a real resident reports now and then. */
    static final int REPORTS_PER_IP = 20;

    private final RateLimit limits;

    SpamLimits(RateLimit limits) {
        this.limits = limits;
    }

    boolean allowSubmission(String email, String ip, Instant now) {
        return hit("plan:email", email, PLANS_PER_ADDRESS, now) & hit("plan:ip", ip, PLANS_PER_IP, now);
    }

    boolean allowSupport(String email, String ip, Instant now) {
        return hit("support:email", email, SUPPORTS_PER_ADDRESS, now) & hit("support:ip", ip, SUPPORTS_PER_IP, now);
    }

    boolean allowComment(String email, String ip, Instant now) {
        return hit("comment:email", email, COMMENTS_PER_ADDRESS, now) & hit("comment:ip", ip, COMMENTS_PER_IP, now);
    }

    boolean allowReport(String ip, Instant now) {
        return hit("report:ip", ip, REPORTS_PER_IP, now);
    }

    /** Counts one hit (also a refused one: hammering does not reset) and says whether it is within the limit. */
    private boolean hit(String what, String value, int limit, Instant now) {
        return limits.hit(what, value, Duration.ofHours(1), now) <= limit;
    }
}
