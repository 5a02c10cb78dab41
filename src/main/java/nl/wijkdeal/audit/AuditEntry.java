package nl.wijkdeal.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the audit log, as appended and as read back.
 *
 * @param seq      position in the chain: 1, 2, 3, ... without gaps
 * @param at       when, to the microsecond (what PostgreSQL keeps, so it hashes the same after a read)
 * @param actorId  the staff account, null for the system
 * @param actor    the label: staff e-mail or {@code systeem}
 * @param areaCode the gebied the action concerns, null for municipality-wide actions
 * @param action   stable dotted key, e.g. {@code round.phase}
 * @param subject  what it was done to, e.g. {@code round:12}, or null
 * @param details  small facts (no secrets, nothing personal about residents)
 */
public record AuditEntry(
        long seq,
        Instant at,
        @Nullable Long actorId,
        String actor,
        @Nullable String areaCode,
        String action,
        @Nullable String subject,
        Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }
}
