package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.kernel.SecretToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The passes of verified voters, and the one redemption that uses a resident's vote. The voting
 * use case calls {@link #redeem} inside the transaction that stores the ballot: the register entry
 * turns VOTED and the ballot is inserted together, or neither.
 */
@Singleton
public class VoterPasses {

    private final RegisterStore store;
    private final Clock clock;

    VoterPasses(RegisterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @return the token for the browser or counter device; the table keeps its SHA-256 */
    String create(RegisterStore.Entry entry, byte[] codeHash, VoterPass.Channel channel, Instant now) {
        String token = SecretToken.create();
        store.deleteExpiredPasses(now);
        store.createPass(SecretToken.digest(token), entry.id(), codeHash, channel.name(),
                now.plus(Duration.ofMinutes(VerifyVoter.PASS_MINUTES)));
        return token;
    }

    /** The pass of this token while it is good: not expired, not used, its code not revoked. */
    public Optional<VoterPass> find(String token) {
        if (!SecretToken.looksValid(token)) {
            return Optional.empty();
        }
        return store.pass(SecretToken.digest(token), clock.instant());
    }

    /**
     * Uses the resident's one vote, in the caller's transaction (mandatory: without the ballot in
     * the same transaction a vote could be used up and not stored). Empty when the pass is no good
     * any more, e.g. because another tab or the counter voted first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<VoterPass> redeem(String token) {
        if (!SecretToken.looksValid(token)) {
            return Optional.empty();
        }
        return store.redeem(SecretToken.digest(token), clock.instant());
    }

    /** The resident stops without voting ("stoppen"): the pass ends, the vote is still theirs. */
    public void end(String token) {
        if (SecretToken.looksValid(token)) {
            store.endPass(SecretToken.digest(token));
        }
    }
}
