package nl.wijkdeal.round;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.AreaDirectory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Public rounds as JSON. Rounds still in preparation are not public. */
@Controller("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Rounds")
class RoundApi {

    private final PublicRounds publicRounds;
    private final AreaDirectory areas;

    RoundApi(PublicRounds publicRounds, AreaDirectory areas) {
        this.publicRounds = publicRounds;
        this.areas = areas;
    }

    @Operation(summary = "Every public round, newest first")
    @Get
    List<RoundView> rounds() {
        // Every gebied in one read, not one read per round.
        Map<String, Area> byCode = areas.all().stream().collect(Collectors.toMap(Area::code, a -> a));
        return publicRounds.all().stream().map(r -> RoundView.of(r, byCode.get(r.areaCode()))).toList();
    }

    @Operation(summary = "One round: phases with dates, budgets per wijk, ballot settings")
    @ApiResponse(responseCode = "404", description = "No such round, or not public yet")
    @Get("/{id}")
    RoundView round(long id) {
        Round round = publicRounds.find(id).orElseThrow(RoundPagesSupport::notFound);
        return RoundView.of(round, areas.area(round.areaCode()).orElseThrow());
    }
}
