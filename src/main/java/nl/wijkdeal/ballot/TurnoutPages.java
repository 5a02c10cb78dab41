package nl.wijkdeal.ballot;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.register.RegisterFigures;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;

/** Turnout for staff, live while voting: counters kept with the ballots, not counted per request. */
@Hidden
@Controller("/beheer/rondes/{id}/opkomst")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class TurnoutPages {

    private final PublicRounds rounds;
    private final AreaDirectory areas;
    private final RegisterFigures register;
    private final BallotStore ballots;

    TurnoutPages(PublicRounds rounds, AreaDirectory areas, RegisterFigures register, BallotStore ballots) {
        this.rounds = rounds;
        this.areas = areas;
        this.register = register;
        this.ballots = ballots;
    }

    @Get
    HttpResponse<?> page(Staff staff, long id) {
        Round round = rounds.findForStaff(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such round"));
        Authorize.require(staff, AccessPolicy.Action.REVIEW_ROUNDS, round.areaCode());
        return HttpResponse.ok(new ModelAndView<>("ballot/turnout", TurnoutPage.of(round,
                areas.area(round.areaCode()).orElseThrow(), register.eligiblePerWijk(round.id()), ballots.turnout(round.id()))));
    }
}
