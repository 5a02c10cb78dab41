package nl.wijkdeal.plan;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.PhaseMoved;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;

import java.time.Clock;

/**
 * When a round reaches the review, supporting ends: a plan under the likes threshold gets
 * "te weinig steun" (and its author and supporters a mail). Runs in the transaction that moves the
 * round, so the two happen together or not at all.
 */
@Singleton
class SupportClosing {

    private final PlanStore store;
    private final PublicRounds rounds;
    private final Milestones milestones;
    private final Clock clock;

    SupportClosing(PlanStore store, PublicRounds rounds, Milestones milestones, Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.milestones = milestones;
        this.clock = clock;
    }

    @EventListener
    void onPhaseMoved(PhaseMoved moved) {
        if (!moved.reached(Phase.REVIEW)) {
            return;
        }
        Round round = rounds.find(moved.roundId()).orElseThrow();
        for (Plan plan : store.published(round.id())) {
            if (plan.supports() < round.text().supportThreshold() && !store.hasEvent(plan.id(), PlanEvent.Kind.TOO_LITTLE_SUPPORT)) {
                milestones.reach(plan, round, PlanEvent.Kind.TOO_LITTLE_SUPPORT, null, clock.instant());
            }
        }
    }
}
