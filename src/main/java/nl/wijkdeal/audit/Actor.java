package nl.wijkdeal.audit;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;

/**
 * Who did it, as the audit log records it.
 *
 * @param staffId the staff account, or null for the system itself (the scheduler, a command)
 * @param label   what a reader sees: the staff member's e-mail address, or {@code systeem}
 */
public record Actor(@Nullable Long staffId, String label) {

    static final String SYSTEM = "systeem";

    public Actor {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("an actor needs a label");
        }
    }

    /** The application acting on its own, e.g. the scheduler opening the voting phase. */
    public static Actor system() {
        return new Actor(null, SYSTEM);
    }

    public static Actor staff(long staffId, String email) {
        return new Actor(staffId, email);
    }
}
