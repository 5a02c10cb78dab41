package nl.wijkdeal.plan;

import nl.wijkdeal.round.Round;

import java.util.List;

/**
 * A plan the gebiedsteam hid: no title or text (they may be why), only the public reason and what
 * happened with the plan.
 */
record HiddenPlanPage(long id, PlanListPage.RoundLine round, String reason, List<PlanPage.Step> steps) {

    static HiddenPlanPage of(Plan plan, Round round, List<PlanEvent> events) {
        return new HiddenPlanPage(plan.id(), PlanListPage.RoundLine.of(round), plan.hiddenReason(),
                events.stream().map(e -> new PlanPage.Step(e.kind().key(), e.note(), e.at())).toList());
    }
}
