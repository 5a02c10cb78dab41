package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The haalbaarheidstoets: the gebiedsteam prepares a decision per plan (saved as a draft, not
 * public), then publishes all drafts together. Publishing puts each decision on the plan's timeline
 * and tells its author and supporters. Everything is in the audit log.
 */
@Singleton
class ReviewPlans {

    /** Decisions can be prepared while residents still improve plans, and published in the review. */
    static final Set<Phase> PREPARE = EnumSet.of(Phase.CO_CREATION, Phase.REVIEW);

    private final PlanStore plans;
    private final ReviewStore reviews;
    private final Milestones milestones;
    private final AuditLog audit;
    private final Clock clock;

    ReviewPlans(PlanStore plans, ReviewStore reviews, Milestones milestones, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.milestones = milestones;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return field -> message key; empty when saved */
    @Transactional
    Map<String, String> decide(Staff staff, Round round, Plan plan, FormData form) {
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode());
        if (!PREPARE.contains(round.phase())) {
            return Map.of("form", "review.error.phase");
        }
        PlanReviewRules.Reading reading = PlanReviewRules.read(form);
        if (reading.decision().isEmpty()) {
            return reading.errors();
        }
        PlanReviewRules.Decision decision = reading.decision().get();
        reviews.save(plan.id(), decision, staff.name(), clock.instant());
        audit.append(staff.asActor(), round.areaCode(), "plan.review.saved", "plan:" + plan.id(),
                Map.of("feasible", Boolean.toString(decision.feasible()), "finalCost", decision.finalCost().format(),
                        "shortlisted", Boolean.toString(decision.shortlisted())));
        return Map.of();
    }

    /** @return how many decisions became public; -1 when the round is not in the review */
    @Transactional
    int publish(Staff staff, Round round) {
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode());
        if (round.phase() != Phase.REVIEW) {
            return -1;
        }
        Instant now = clock.instant();
        var published = reviews.publishDrafts(round.id(), now);
        var decisions = reviews.ofRound(round.id());
        for (long planId : published) {
            Plan plan = plans.find(planId).orElseThrow();
            PlanReviewRules.Decision decision = decisions.get(planId).decision();
            milestones.reach(plan, round, decision.feasible() ? PlanEvent.Kind.FEASIBLE : PlanEvent.Kind.NOT_FEASIBLE,
                    decision.reason().isEmpty() ? null : decision.reason(), now);
        }
        audit.append(staff.asActor(), round.areaCode(), "plan.review.published", "round:" + round.id(),
                Map.of("decisions", Integer.toString(published.size())));
        return published.size();
    }
}
