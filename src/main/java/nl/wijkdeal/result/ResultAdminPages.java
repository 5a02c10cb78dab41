package nl.wijkdeal.result;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Notice;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Results for staff: every wijk's count as soon as voting closed; the wijkwethouder of the gebied
 * adopts it (with deviations and reasons) and publishes it, now or at a set time.
 */
@Hidden
@Controller("/beheer/rondes/{id}/uitslag")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ResultAdminPages {

    private final ResultViews views;
    private final AdoptResult adoptResult;
    private final PublishResult publishResult;

    ResultAdminPages(ResultViews views, AdoptResult adoptResult, PublishResult publishResult) {
        this.views = views;
        this.adoptResult = adoptResult;
        this.publishResult = publishResult;
    }

    @Get
    HttpResponse<?> overview(Staff staff, long id) {
        ResultViews.RoundResults results = views.ofRound(id);
        Authorize.require(staff, AccessPolicy.Action.REVIEW_RESULTS, results.round().areaCode());
        return HttpResponse.ok(new ModelAndView<>("result/admin-overview", ResultAdminPage.Overview.of(results)));
    }

    @Get("/{wijk}{?melding}")
    HttpResponse<?> wijk(Staff staff, long id, String wijk, @Nullable String melding) {
        return page(staff, id, wijk, AdoptionForm.empty(), PublicationForm.empty(), Notice.key("result.notice", melding),
                HttpStatus.OK);
    }

    @Post("/{wijk}/vaststellen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> adopt(Staff staff, long id, String wijk, @Body Map<String, Object> body) {
        AdoptionForm form = AdoptionForm.read(FormData.of(body));
        AdoptResult.Outcome outcome = adoptResult.adopt(staff, id, wijk, form.deviations(), form.note());
        if (outcome instanceof AdoptResult.Refused refused) {
            return page(staff, id, wijk, form.withProblems(refused.problems()), PublicationForm.empty(), null,
                    HttpStatus.BAD_REQUEST);
        }
        return seeOther(id, wijk, outcome instanceof AdoptResult.Adopted ? "vastgesteld" : "al-vastgesteld");
    }

    @Post("/{wijk}/publiceren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(Staff staff, long id, String wijk, @Body Map<String, Object> body) {
        PublicationForm form = PublicationForm.read(FormData.of(body));
        if (form.error() != null) {
            return page(staff, id, wijk, AdoptionForm.empty(), form, null, HttpStatus.BAD_REQUEST);
        }
        Instant at = form.moment();
        return switch (publishResult.publish(staff, id, wijk, at)) {
            case PUBLISHED -> seeOther(id, wijk, "gepubliceerd");
            case SCHEDULED -> seeOther(id, wijk, "gepland");
            case ALREADY_PUBLISHED -> seeOther(id, wijk, "al-gepubliceerd");
            case NOT_ADOPTED -> page(staff, id, wijk, AdoptionForm.empty(), form.withError("result.publish.notAdopted"), null,
                    HttpStatus.CONFLICT);
            case TIME_PASSED -> page(staff, id, wijk, AdoptionForm.empty(), form.withError("result.publish.past"), null,
                    HttpStatus.BAD_REQUEST);
        };
    }

    private HttpResponse<?> page(Staff staff, long id, String wijk, AdoptionForm adoption, PublicationForm publication,
                                 String notice, HttpStatus status) {
        Round round = views.round(id);
        Authorize.require(staff, AccessPolicy.Action.REVIEW_RESULTS, round.areaCode());
        ResultView view = views.of(round, wijk).orElseThrow(ResultViews::notFound);
        boolean mayAdopt = AccessPolicy.allows(staff, AccessPolicy.Action.ADOPT_RESULTS, round.areaCode());
        return HttpResponse.status(status).body(new ModelAndView<>("result/admin-wijk",
                new ResultAdminPage(view, mayAdopt, adoption, publication, notice)));
    }

    private static HttpResponse<?> seeOther(long id, String wijk, String notice) {
        return HttpResponse.seeOther(URI.create("/beheer/rondes/" + id + "/uitslag/" + wijk + "?melding=" + notice));
    }
}
