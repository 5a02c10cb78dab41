package nl.wijkdeal.round;

import jakarta.inject.Singleton;
import nl.wijkdeal.audit.Actor;

/** For the results: the round leaves counting when the last wijk's result is published. */
@Singleton
public class RoundPublication {

    private final MovePhase movePhase;

    RoundPublication(MovePhase movePhase) {
        this.movePhase = movePhase;
    }

    /** Call inside the transaction that published the last result. @return whether the round moved */
    public boolean allResultsPublished(long roundId, Actor actor) {
        return movePhase.toPublished(roundId, actor);
    }
}
