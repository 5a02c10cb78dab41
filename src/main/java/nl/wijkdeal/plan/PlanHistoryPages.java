package nl.wijkdeal.plan;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;

/** "Wat is er veranderd?": the versions of a public plan and the differences between them. */
@Hidden
@Controller("/plannen/{id}/versies")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanHistoryPages {

    private final PlanStore store;
    private final PublicRounds rounds;
    private final AreaDirectory areas;

    PlanHistoryPages(PlanStore store, PublicRounds rounds, AreaDirectory areas) {
        this.store = store;
        this.rounds = rounds;
        this.areas = areas;
    }

    @View("plan/history")
    @Get
    PlanHistoryPage history(long id) {
        Plan plan = store.find(id).filter(Plan::isPublic)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such plan"));
        Round round = rounds.find(plan.roundId()).orElseThrow();
        return PlanHistoryPage.of(plan, areas.area(round.areaCode()).orElseThrow(), store.versions(id));
    }
}
