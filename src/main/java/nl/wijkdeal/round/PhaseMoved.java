package nl.wijkdeal.round;

/**
 * A round moved to another phase: published inside the moving transaction, so that features that
 * hang off a round (plans) can act in the same transaction without the round knowing them.
 */
public record PhaseMoved(long roundId, Phase from, Phase to) {

    /** Whether the move passed the start of {@code phase} (a catch-up may jump several phases). */
    public boolean reached(Phase phase) {
        return from.compareTo(phase) < 0 && to.compareTo(phase) >= 0;
    }
}
