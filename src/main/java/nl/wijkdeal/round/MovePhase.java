package nl.wijkdeal.round;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.Actor;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;

import java.time.Clock;
import java.util.Map;

/**
 * Moves a round to another phase, by hand or on its dates; either way once (compare and set) and
 * with an audit entry in the same transaction. Reaching voting freezes the settings.
 */
@Singleton
class MovePhase {

    private final RoundStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher<PhaseMoved> events;
    private final Clock clock;

    MovePhase(RoundStore store, AuditLog audit, ApplicationEventPublisher<PhaseMoved> events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One step on, by a gebiedsteam member. @return OK when it moved, else why not */
    @Transactional
    PhaseRules.Reason byHand(Staff staff, long roundId) {
        Round round = store.lock(roundId).orElseThrow(RoundPagesSupport::notFound);
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode());
        PhaseRules.Reason reason = PhaseRules.canMoveByHand(round.phase());
        if (reason == PhaseRules.Reason.OK) {
            move(round, PhaseRules.next(round.phase()), staff.asActor(), "hand");
        }
        return reason;
    }

    /** From counting to published, when the last wijk's result is published. @return false: not counting (any more) */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean toPublished(long roundId, Actor actor) {
        Round round = store.lock(roundId).orElseThrow();
        return round.phase() == Phase.COUNTING && move(round, Phase.PUBLISHED, actor, "results");
    }

    /** @return false when another instance (or person) moved the round first */
    @Transactional
    boolean onSchedule(Round round, Phase to) {
        return move(round, to, Actor.system(), "schedule");
    }

    private boolean move(Round round, Phase to, Actor actor, String how) {
        if (!store.movePhase(round.id(), round.phase(), to, clock.instant())) {
            return false;
        }
        audit.append(actor, round.areaCode(), "round.phase", "round:" + round.id(),
                Map.of("from", round.phase().key(), "to", to.key(), "how", how,
                        "frozen", Boolean.toString(round.frozen() || to.freezesRules())));
        events.publishEvent(new PhaseMoved(round.id(), round.phase(), to));
        return true;
    }
}
