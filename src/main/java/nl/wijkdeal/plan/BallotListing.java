package nl.wijkdeal.plan;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.PhaseMoved;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;

import java.time.Clock;
import java.util.Map;

/**
 * When voting opens, the plans found feasible (in a published decision) go on the ballot; when the
 * gebiedsteam made a shortlist, only the shortlisted ones. Each gets "op het stembiljet" on its
 * timeline, in the transaction that opens the vote.
 */
@Singleton
class BallotListing {

    private final PlanStore plans;
    private final ReviewStore reviews;
    private final PublicRounds rounds;
    private final Milestones milestones;
    private final Clock clock;

    BallotListing(PlanStore plans, ReviewStore reviews, PublicRounds rounds, Milestones milestones, Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.rounds = rounds;
        this.milestones = milestones;
        this.clock = clock;
    }

    @EventListener
    void onPhaseMoved(PhaseMoved moved) {
        if (!moved.reached(Phase.VOTING)) {
            return;
        }
        Round round = rounds.find(moved.roundId()).orElseThrow();
        Map<Long, ReviewStore.Review> decisions = reviews.ofRound(round.id());
        boolean shortlist = decisions.values().stream().anyMatch(r -> r.published() && r.decision().shortlisted());
        for (Plan plan : plans.published(round.id())) {
            ReviewStore.Review review = decisions.get(plan.id());
            boolean onBallot = review != null && review.published() && review.decision().feasible()
                    && (!shortlist || review.decision().shortlisted());
            if (onBallot && !plans.hasEvent(plan.id(), PlanEvent.Kind.ON_BALLOT)) {
                milestones.reach(plan, round, PlanEvent.Kind.ON_BALLOT, null, clock.instant());
            }
        }
    }
}
