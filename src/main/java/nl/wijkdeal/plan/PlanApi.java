package nl.wijkdeal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;

import java.util.List;

/** Public plans as JSON, with the same filters as the list page. */
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plans")
class PlanApi {

    private final PublicRounds rounds;
    private final PlanStore store;

    PlanApi(PublicRounds rounds, PlanStore store) {
        this.rounds = rounds;
        this.store = store;
    }

    @Operation(summary = "The public plans of a round, filtered and ordered as on the list page")
    @ApiResponse(responseCode = "404", description = "No such round, or not public yet")
    @Get("/rounds/{id}/plans{?zoek,wijk,thema,steun,volgorde,zaad}")
    List<PlanView> plans(long id,
                         @Parameter(description = "text to find in title, summary or description") @Nullable String zoek,
                         @Parameter(description = "CBS code of a wijk, e.g. WK001406") @Nullable String wijk,
                         @Parameter(description = "a theme of the round") @Nullable String thema,
                         @Parameter(description = "genoeg (at or over the likes threshold) or te-weinig") @Nullable String steun,
                         @Parameter(description = "willekeurig (default), steun or nieuw") @Nullable String volgorde,
                         @Parameter(description = "seed of the random order; the same seed gives the same order") @Nullable Long zaad) {
        Round round = rounds.find(id).orElseThrow(PlanApi::notFound);
        PlanListPage.Query query = PlanListPage.Query.of(round, zoek, wijk, thema, steun, volgorde, zaad);
        return store.search(round.id(), query.filter()).stream()
                .map(plan -> PlanView.of(plan, round.text().supportThreshold(), List.of())).toList();
    }

    @Operation(summary = "One public plan with what happened with it")
    @ApiResponse(responseCode = "404", description = "No such plan, or not confirmed yet")
    @Get("/plans/{id}")
    PlanView plan(long id) {
        Plan plan = store.find(id).filter(Plan::isPublic).orElseThrow(PlanApi::notFound);
        int threshold = rounds.find(plan.roundId()).map(r -> r.text().supportThreshold()).orElse(0);
        return PlanView.of(plan, threshold, store.events(id));
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "not found");
    }
}
