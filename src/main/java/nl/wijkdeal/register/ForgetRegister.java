package nl.wijkdeal.register;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.wijkdeal.audit.Actor;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.PhaseMoved;
import nl.wijkdeal.round.PublicRounds;

import java.util.Map;

/**
 * Once every wijk's result of a round is published the register has done its work: its entries
 * (keyed hashes of residents), codes and passes are removed in the transaction that moves the round
 * on, so a keyed identity hash lives no longer than the vote needs it. What the pages still show
 * (how many could vote, turnout) lives in the import report, the turnout counters and the result.
 */
@Singleton
class ForgetRegister {

    private final RegisterStore store;
    private final AuditLog audit;
    private final PublicRounds rounds;

    ForgetRegister(RegisterStore store, AuditLog audit, PublicRounds rounds) {
        this.store = store;
        this.audit = audit;
        this.rounds = rounds;
    }

    @EventListener
    void onPhaseMoved(PhaseMoved moved) {
        if (!moved.reached(Phase.PUBLISHED)) {
            return;
        }
        long roundId = moved.roundId();
        int codes = store.deleteCodesAndPasses(roundId);
        int entries = store.deleteEntries(roundId);
        audit.append(Actor.system(), rounds.findForStaff(roundId).orElseThrow().areaCode(), "register.forgotten",
                "round:" + roundId, Map.of("entries", Integer.toString(entries), "codes", Integer.toString(codes)));
    }
}
