package nl.wijkdeal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.wijkdeal.audit.AuditChain.Head;
import nl.wijkdeal.audit.AuditChain.Link;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit log of staff actions: who did what, when, in which gebied. Other features call
 * {@link #append} inside the transaction of the action itself, so the action and its entry commit
 * or roll back together. Only facts that may be shown to every staff member and auditor go in: no
 * passwords, codes or tokens, and nothing personal about residents.
 */
@Singleton
public class AuditLog {

    /** The most entries one read returns; pages page with {@code beforeSeq}. */
    static final int MAX_PAGE = 1000;

    private final AuditStore store;
    private final Clock clock;

    AuditLog(AuditStore store, @Nullable Clock clock) {
        this.store = store;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /**
     * Appends one entry, in the caller's transaction if there is one, otherwise in its own.
     *
     * <p>It locks the head of the chain until that transaction ends, so audited transactions of all
     * instances finish one at a time from here on: call it as the last step of a use case, and
     * keep slow work (mail, PDF) outside the transaction. In a caller's transaction with REPEATABLE
     * READ or SERIALIZABLE isolation a concurrent append makes this one fail with a serialisation
     * error (retry the action); the default READ COMMITTED simply waits.
     *
     * @param areaCode the gebied the action concerns, null for municipality-wide actions
     * @param action   stable dotted key such as {@code round.phase} (lower case, digits, _ and dots)
     * @param subject  what was acted on, e.g. {@code round:12}, or null
     * @param details  small facts as text, e.g. {@code from -> ideas, to -> voting}
     */
    @Transactional
    public void append(Actor actor, @Nullable String areaCode, String action, @Nullable String subject,
                       Map<String, String> details) {
        Head head = store.lockHead();
        // The clock is read under the lock, so within one instance the times never go backwards
        // along the chain. Microseconds: what timestamptz keeps, and the hash covers the time.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(head.seq() + 1, at, actor.staffId(), actor.label(), areaCode, action,
                subject, details);
        byte[] hash = AuditChain.hash(entry, head.hash());
        store.insert(new Link(entry, head.hash(), hash));
        store.moveHead(entry.seq(), hash);
    }

    /** The entries of one gebied, newest first, older than {@code beforeSeq} (null: from the newest). */
    @ReadOnly
    public List<AuditEntry> ofArea(String areaCode, @Nullable Long beforeSeq, int limit) {
        return store.newest(Objects.requireNonNull(areaCode, "areaCode"), before(beforeSeq), page(limit));
    }

    /** All entries of the municipality (every gebied and the municipality-wide ones), newest first. */
    @ReadOnly
    public List<AuditEntry> all(@Nullable Long beforeSeq, int limit) {
        return store.newest(null, before(beforeSeq), page(limit));
    }

    private static long before(Long beforeSeq) {
        return beforeSeq == null ? Long.MAX_VALUE : beforeSeq;
    }

    private static int page(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return Math.min(limit, MAX_PAGE);
    }
}
