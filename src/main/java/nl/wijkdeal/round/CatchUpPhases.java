package nl.wijkdeal.round;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * Brings every round to the phase its dates say (compare and set per round, so safe on several
 * instances). Used by the scheduler every minute, and by the demo data right away.
 */
@Singleton
public class CatchUpPhases {

    private final RoundStore store;
    private final MovePhase movePhase;

    CatchUpPhases(RoundStore store, MovePhase movePhase) {
        this.store = store;
        this.movePhase = movePhase;
    }

    public int catchUp(LocalDate today) {
        return catchUp(today, store.inPhaseBefore(PhaseRules.LAST_AUTOMATIC));
    }

    /** The same for the rounds given (a test moves its own round, not every round in the database). */
    int catchUp(LocalDate today, java.util.Collection<Round> rounds) {
        int moved = 0;
        for (Round round : rounds) {
            var to = PhaseRules.automaticMove(round.phase(), round.settings().schedule(), today);
            if (to.isPresent() && movePhase.onSchedule(round, to.get())) {
                moved++;
            }
        }
        return moved;
    }
}
