package nl.wijkdeal.plan;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A public plan as JSON: never the author's e-mail address. Amounts in euro cents. */
@Serdeable
@Schema(name = "Plan")
record PlanView(long id, long roundId, String title, String summary, String description, long costCents, String wijk,
                String theme, String location, @Schema(description = "The name the author chose to show; null: anonymous")
                String author, int supports, int supportThreshold, int version, Instant publishedAt,
                @Schema(description = "What happened with the plan, oldest first (only on a single plan)") List<Step> history) {

    @Serdeable
    @Schema(name = "PlanStep")
    record Step(String status, String note, Instant at) {
    }

    static PlanView of(Plan plan, int threshold, List<PlanEvent> events) {
        PlanText t = plan.text();
        return new PlanView(plan.id(), plan.roundId(), t.title(), t.summary(), t.description(), t.cost().cents(), t.wijk(),
                t.theme(), t.location(), plan.shownName(), plan.supports(), threshold, plan.version(), plan.publishedAt(),
                events.stream().map(e -> new Step(e.kind().key(), e.note(), e.at())).toList());
    }
}
