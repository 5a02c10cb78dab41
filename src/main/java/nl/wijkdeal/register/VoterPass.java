package nl.wijkdeal.register;

import java.time.Instant;

/**
 * What a verified voter may do: vote once in this round, on the ballot of this wijk. The browser or
 * counter device holds the pass's token; the pass knows its register entry, the ballot never will.
 */
public record VoterPass(long roundId, String wijk, Channel channel, Instant expiresAt) {

    /** The cookie that holds the pass's token (HttpOnly; never a URL). */
    public static final String COOKIE = "wijkdeal_stempas";

    /**
     * Where the resident verified: online by code or address, at a WIJ counter (voting on the staff
     * device), or on paper (staff enter the ballot the resident filled in).
     */
    public enum Channel {
        ONLINE, COUNTER, PAPER
    }
}
