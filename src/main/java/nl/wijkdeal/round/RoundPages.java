package nl.wijkdeal.round;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.AreaDirectory;

import java.util.List;

/** The public pages: every round, and one page per round. Rounds in preparation are not public yet. */
@Hidden
@Controller("/rondes")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class RoundPages {

    record RoundList(List<RoundSummary> rounds) {
    }

    private final RoundStore store;
    private final PublicRounds publicRounds;
    private final AreaDirectory areas;

    RoundPages(RoundStore store, PublicRounds publicRounds, AreaDirectory areas) {
        this.store = store;
        this.publicRounds = publicRounds;
        this.areas = areas;
    }

    @View("round/list")
    @Get
    RoundList list() {
        return new RoundList(publicRounds.all().stream().map(RoundSummary::of).toList());
    }

    @View("round/round")
    @Get("/{id}")
    RoundPage round(long id) {
        Round round = publicRounds.find(id).orElseThrow(RoundPagesSupport::notFound);
        return RoundPage.of(round, areas.area(round.areaCode()).orElseThrow(), store.amendments(id));
    }
}
