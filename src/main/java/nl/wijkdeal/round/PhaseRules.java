package nl.wijkdeal.round;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** When a round moves to the next phase. */
public final class PhaseRules {

    /**
     * The scheduler moves rounds on their dates up to counting. Publishing needs the
     * wijkwethouder's adoption first, and implementation follows publication, so those two steps
     * are taken by hand (and later by adoption).
     */
    public static final Phase LAST_AUTOMATIC = Phase.COUNTING;

    public enum Reason {
        OK, ALREADY_LAST,
        /** Counting ends when the last wijk's result is published, not by a button. */
        AFTER_RESULTS
    }

    private PhaseRules() {
    }

    /** The phase the calendar says it is: the last one whose start date has come. */
    public static Phase byDate(Map<Phase, LocalDate> schedule, LocalDate today) {
        Phase due = Phase.PREPARATION;
        for (Phase phase : Phase.SCHEDULED) {
            LocalDate start = schedule.get(phase);
            if (start != null && !start.isAfter(today)) {
                due = phase;
            }
        }
        return due;
    }

    /** Where the scheduler should move a round today, if anywhere. Never backwards. */
    public static Optional<Phase> automaticMove(Phase current, Map<Phase, LocalDate> schedule, LocalDate today) {
        Phase due = byDate(schedule, today);
        if (due.compareTo(LAST_AUTOMATIC) > 0) {
            due = LAST_AUTOMATIC;
        }
        return due.compareTo(current) > 0 ? Optional.of(due) : Optional.empty();
    }

    /** Moving one phase on by hand. */
    public static Reason canMoveByHand(Phase current) {
        return switch (current) {
            case IMPLEMENTATION -> Reason.ALREADY_LAST;
            case COUNTING -> Reason.AFTER_RESULTS;
            default -> Reason.OK;
        };
    }

    public static Phase next(Phase current) {
        return Phase.values()[current.ordinal() + 1];
    }
}
