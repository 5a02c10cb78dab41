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
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Notice;

import java.net.URI;
import java.util.Map;

/**
 * Moderation for the gebiedsteam: the queue of reports per gebied, and the decisions on a plan or a
 * comment (hide with a public reason, show again, dismiss the reports).
 */
@Hidden
@Controller("/beheer")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationPages {

    private final ModerationStore store;
    private final HideContent hideContent;
    private final AreaDirectory areas;

    ModerationPages(ModerationStore store, HideContent hideContent, AreaDirectory areas) {
        this.store = store;
        this.hideContent = hideContent;
        this.areas = areas;
    }

    @Get("/gebieden/{code}/meldingen{?melding}")
    HttpResponse<?> queue(Staff staff, String code, @Nullable String melding) {
        Area area = areas.area(code).orElseThrow(ModerationPages::notFound);
        Authorize.require(staff, AccessPolicy.Action.MODERATE, area.code());
        String notice = Notice.key("moderation.notice", melding);
        return HttpResponse.ok(new ModelAndView<>("plan/moderation", page(area, notice, null, Map.of(), "")));
    }

    @Post("/plannen/{id}/verbergen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hidePlan(Staff staff, long id, @Body Map<String, Object> body) {
        String reason = FormData.of(body).text("reden");
        return decided(hideContent.hide(staff, id, null, reason), ModerationPage.key(id, 0), reason);
    }

    @Post("/plannen/{id}/tonen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> showPlan(Staff staff, long id) {
        return decided(hideContent.show(staff, id, null), null, "");
    }

    @Post("/plannen/{id}/afwijzen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dismissPlan(Staff staff, long id) {
        return decided(hideContent.dismiss(staff, id, null), null, "");
    }

    @Post("/reacties/{id}/verbergen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hideComment(Staff staff, long id, @Body Map<String, Object> body) {
        String reason = FormData.of(body).text("reden");
        return decided(hideContent.hide(staff, hideContent.planOf(id), id, reason), ModerationPage.key(0, id), reason);
    }

    @Post("/reacties/{id}/tonen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> showComment(Staff staff, long id) {
        return decided(hideContent.show(staff, hideContent.planOf(id), id), null, "");
    }

    @Post("/reacties/{id}/afwijzen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dismissComment(Staff staff, long id) {
        return decided(hideContent.dismiss(staff, hideContent.planOf(id), id), null, "");
    }

    /** Done: back to the queue with a notice (303). Refused: the queue again, the error beside that form (400). */
    private HttpResponse<?> decided(HideContent.Outcome outcome, String key, String typed) {
        if (outcome instanceof HideContent.Refused refused) {
            Area area = areas.area(refused.area()).orElseThrow();
            return HttpResponse.badRequest(new ModelAndView<>("plan/moderation",
                    page(area, null, key, refused.errors(), typed)));
        }
        HideContent.Done done = (HideContent.Done) outcome;
        return HttpResponse.seeOther(URI.create("/beheer/gebieden/" + done.area() + "/meldingen?melding=" + done.notice()));
    }

    private ModerationPage page(Area area, String notice, String failedKey, Map<String, String> errors, String typed) {
        return ModerationPage.of(area, store.openReports(area.code()), store.hidden(area.code()), notice, failedKey, errors,
                typed);
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "no such gebied");
    }
}
