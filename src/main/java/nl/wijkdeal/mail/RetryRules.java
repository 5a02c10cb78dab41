package nl.wijkdeal.mail;

import java.time.Duration;

/**
 * What happens after a failed attempt to send: try again later, waiting twice as long each time
 * (1, 2, 4, 8 ... minutes, at most {@code longest}), or give up. A mail server that is down for a
 * few hours thus costs a handful of attempts, not hundreds. Pure: no clock, no framework.
 */
final class RetryRules {

    enum Reason {
        /** Try again after {@link Decision#delay()}. */
        TRY_AGAIN,
        /** The server refused this mail for good (a 5xx answer): trying again will not help. */
        REFUSED,
        /** The last allowed attempt failed. */
        TOO_MANY_ATTEMPTS
    }

    /** @param delay how long until the next attempt; zero when giving up */
    record Decision(Reason reason, Duration delay) {
        boolean givesUp() {
            return reason != Reason.TRY_AGAIN;
        }
    }

    private RetryRules() {
    }

    /**
     * @param attempts    attempts made so far, this failed one included (1 after the first)
     * @param permanent   the server answered with a permanent refusal (SMTP 5xx)
     * @param maxAttempts attempts allowed in all
     */
    static Decision afterFailure(int attempts, boolean permanent, int maxAttempts, Duration first, Duration longest) {
        if (permanent) {
            return new Decision(Reason.REFUSED, Duration.ZERO);
        }
        if (attempts >= maxAttempts) {
            return new Decision(Reason.TOO_MANY_ATTEMPTS, Duration.ZERO);
        }
        // first * 2^(attempts - 1), without overflow for any attempts count.
        int doublings = Math.min(attempts - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return new Decision(Reason.TRY_AGAIN, delay.compareTo(longest) > 0 ? longest : delay);
    }
}
