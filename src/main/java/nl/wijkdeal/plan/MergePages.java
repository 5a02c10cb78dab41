package nl.wijkdeal.plan;

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
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The gebiedsteam's form to fold one plan into another. */
@Hidden
@Controller("/beheer/rondes/{id}/plannen/samenvoegen")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class MergePages {

    record MergePage(PlanListPage.RoundLine round, List<PlanListPage.Option> sources, List<PlanListPage.Option> targets,
                     String note, Map<String, String> errors, boolean hasErrors) {
    }

    private final PublicRounds rounds;
    private final PlanStore plans;
    private final MergePlans mergePlans;

    MergePages(PublicRounds rounds, PlanStore plans, MergePlans mergePlans) {
        this.rounds = rounds;
        this.plans = plans;
        this.mergePlans = mergePlans;
    }

    @Get
    HttpResponse<?> form(Staff staff, long id) {
        Round round = round(staff, id);
        return HttpResponse.ok(new ModelAndView<>("plan/merge", page(round, FormData.of(Map.of()), Map.of())));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> merge(Staff staff, long id, @Body Map<String, Object> body) {
        Round round = round(staff, id);
        FormData form = FormData.of(body);
        Map<String, String> errors = mergePlans.merge(staff, round, form);
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/beheer/rondes/" + id + "/plannen?melding=samengevoegd"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("plan/merge", page(round, form, errors)));
    }

    private MergePage page(Round round, FormData form, Map<String, String> errors) {
        List<Plan> live = plans.published(round.id());
        return new MergePage(PlanListPage.RoundLine.of(round), options(live, form.text("bron")), options(live, form.text("doel")),
                form.text("toelichting"), errors, !errors.isEmpty());
    }

    private static List<PlanListPage.Option> options(List<Plan> live, String chosen) {
        return live.stream().map(p -> new PlanListPage.Option(Long.toString(p.id()), p.text().title() + " (" + p.id() + ")",
                Long.toString(p.id()).equals(chosen))).toList();
    }

    private Round round(Staff staff, long id) {
        Round round = rounds.find(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such round"));
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode());
        return round;
    }
}
