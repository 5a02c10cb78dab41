package nl.wijkdeal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Notice;

import java.net.URI;
import java.util.Map;

/** The staff's haalbaarheidstoets pages for a round. Wijkwethouders read along; gebiedsteams decide. */
@Hidden
@Controller("/beheer/rondes/{id}/plannen")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewPages {

    private final PublicRounds rounds;
    private final PlanStore plans;
    private final ReviewStore reviews;
    private final ReviewPlans reviewPlans;
    private final AreaDirectory areas;

    ReviewPages(PublicRounds rounds, PlanStore plans, ReviewStore reviews, ReviewPlans reviewPlans, AreaDirectory areas) {
        this.rounds = rounds;
        this.plans = plans;
        this.reviews = reviews;
        this.reviewPlans = reviewPlans;
        this.areas = areas;
    }

    @Get("{?melding}")
    HttpResponse<?> page(Staff staff, long id, @Nullable String melding) {
        Round round = round(staff, id);
        String notice = Notice.key("review.notice", melding);
        return HttpResponse.ok(new ModelAndView<>("plan/review", page(staff, round, notice, 0, FormData.of(Map.of()), Map.of())));
    }

    @Post("/{planId}/besluit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(Staff staff, long id, long planId, @Body Map<String, Object> body) {
        Round round = round(staff, id);
        Plan plan = plans.find(planId).filter(p -> p.roundId() == round.id() && p.isPublic())
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such plan in this round"));
        FormData form = FormData.of(body);
        Map<String, String> errors = reviewPlans.decide(staff, round, plan, form);
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/beheer/rondes/" + id + "/plannen?melding=opgeslagen#plan-" + planId));
        }
        return HttpResponse.badRequest(new ModelAndView<>("plan/review", page(staff, round, null, planId, form, errors)));
    }

    @Post("/publiceren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(Staff staff, long id) {
        Round round = round(staff, id);
        int published = reviewPlans.publish(staff, round);
        return HttpResponse.seeOther(URI.create("/beheer/rondes/" + id + "/plannen?melding="
                + (published < 0 ? "niet-in-beoordeling" : "gepubliceerd")));
    }

    private ReviewPage page(Staff staff, Round round, String notice, long edited, FormData typed, Map<String, String> errors) {
        return ReviewPage.of(round, areas.area(round.areaCode()).orElseThrow(), plans.published(round.id()),
                reviews.ofRound(round.id()), AccessPolicy.allows(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode()),
                notice, edited, typed, errors);
    }

    private Round round(Staff staff, long id) {
        Round round = rounds.find(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such round"));
        Authorize.require(staff, AccessPolicy.Action.REVIEW_ROUNDS, round.areaCode());
        return round;
    }
}
