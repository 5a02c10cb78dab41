package nl.wijkdeal.result;

import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.wijkdeal.ballot.BallotBox;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.PhaseMoved;
import nl.wijkdeal.round.PublicRounds;

/**
 * When voting closes (on its date or by hand) the round is counted in the same transaction as the
 * move, and its ballot rows are rewritten in a random order. Ordered after the listeners that fill
 * the ballot when voting opens, for a catch-up that jumps past voting in one move.
 */
@Singleton
class CountOnClose {

    private final PublicRounds rounds;
    private final CountVotes countVotes;
    private final BallotBox box;

    CountOnClose(PublicRounds rounds, CountVotes countVotes, BallotBox box) {
        this.rounds = rounds;
        this.countVotes = countVotes;
        this.box = box;
    }

    @EventListener
    @Order(100)
    void onPhaseMoved(PhaseMoved moved) {
        if (moved.reached(Phase.COUNTING)) {
            countVotes.count(rounds.findForStaff(moved.roundId()).orElseThrow());
            box.reshuffle(moved.roundId());
        }
    }
}
