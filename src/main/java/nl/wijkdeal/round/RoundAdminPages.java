package nl.wijkdeal.round;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.KeptForms;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Notice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The staff side of rounds: the overview, creating and changing a round, moving its phase. */
@Hidden
@Controller("/beheer")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class RoundAdminPages {

    record Dashboard(String notice, List<AreaRounds> areas, boolean admin, boolean sentMail) {
    }

    /** @param canModerate whether to link to the gebied's reports of abuse (plan moderation) */
    record AreaRounds(Area area, boolean canConfigure, boolean canModerate, List<RoundSummary> rounds) {
    }

    private final RoundStore store;
    private final AreaDirectory areas;
    private final CreateRound createRound;
    private final ChangeRound changeRound;
    private final MovePhase movePhase;
    private final KeptForms keptForms;

    RoundAdminPages(RoundStore store, AreaDirectory areas, CreateRound createRound, ChangeRound changeRound,
                    MovePhase movePhase, KeptForms keptForms) {
        this.store = store;
        this.areas = areas;
        this.createRound = createRound;
        this.changeRound = changeRound;
        this.movePhase = movePhase;
        this.keptForms = keptForms;
    }

    @View("round/dashboard")
    @Get("{?melding}")
    Dashboard dashboard(Staff staff, @Nullable String melding) {
        List<Round> rounds = store.all();
        List<AreaRounds> mine = areas.all().stream().filter(area -> staff.covers(area.code()))
                .map(area -> new AreaRounds(area,
                        AccessPolicy.allows(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, area.code()),
                        AccessPolicy.allows(staff, AccessPolicy.Action.MODERATE, area.code()),
                        rounds.stream().filter(r -> r.areaCode().equals(area.code())).map(RoundSummary::of).toList()))
                .toList();
        String notice = Notice.key("staff.notice", melding);
        return new Dashboard(notice, mine, staff.isAdmin(),
                AccessPolicy.allows(staff, AccessPolicy.Action.READ_SENT_MAIL, null));
    }

    @Get("/rondes/nieuw{?gebied,bewaard}")
    HttpResponse<?> newRound(Staff staff, @Nullable String gebied, @Nullable String bewaard) {
        Area area = areas.area(gebied == null ? "" : gebied).orElseThrow(RoundPagesSupport::notFound);
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, area.code());
        String path = "/beheer/rondes/nieuw?gebied=" + area.code();
        FormData form = keptForms.take(bewaard, path).orElse(RoundFormPage.defaults());
        return HttpResponse.ok(new ModelAndView<>("round/form",
                RoundFormPage.of(area, null, form, Map.of(), bewaard != null && !form.fields().isEmpty())));
    }

    @Post("/rondes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Staff staff, @Body Map<String, Object> body) {
        FormData form = FormData.of(body);
        Area area = areas.area(form.text("gebied")).orElseThrow(RoundPagesSupport::notFound);
        CreateRound.Result result = createRound.create(staff, area.code(), form);
        if (result instanceof CreateRound.Created created) {
            return HttpResponse.seeOther(URI.create("/beheer/rondes/" + created.id() + "?melding=aangemaakt"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("round/form",
                RoundFormPage.of(area, null, form, ((CreateRound.Refused) result).errors(), false)));
    }

    @View("round/admin")
    @Get("/rondes/{id}{?melding}")
    RoundAdminPage round(Staff staff, long id, @Nullable String melding) {
        Round round = store.find(id).orElseThrow(RoundPagesSupport::notFound);
        Authorize.require(staff, AccessPolicy.Action.REVIEW_ROUNDS, round.areaCode());
        return RoundAdminPage.of(round, areas.area(round.areaCode()).orElseThrow(), store.amendments(id),
                AccessPolicy.allows(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode()),
                Notice.key("round.notice", melding));
    }

    @Get("/rondes/{id}/bewerken{?bewaard}")
    HttpResponse<?> editRound(Staff staff, long id, @Nullable String bewaard) {
        Round round = store.find(id).orElseThrow(RoundPagesSupport::notFound);
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode());
        Area area = areas.area(round.areaCode()).orElseThrow();
        FormData form = keptForms.take(bewaard, "/beheer/rondes/" + id + "/bewerken").orElse(RoundFormPage.of(round));
        return HttpResponse.ok(new ModelAndView<>("round/form",
                RoundFormPage.of(area, round, form, Map.of(), bewaard != null && !form.fields().isEmpty())));
    }

    @Post("/rondes/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(Staff staff, long id, @Body Map<String, Object> body) {
        FormData form = FormData.of(body);
        ChangeRound.Result result = changeRound.change(staff, id, form);
        if (result instanceof ChangeRound.Changed changed) {
            return HttpResponse.seeOther(URI.create("/beheer/rondes/" + id + "?melding="
                    + (changed.amendment() > 0 ? "gewijzigd-versie" : "gewijzigd")));
        }
        Round round = store.find(id).orElseThrow(RoundPagesSupport::notFound);
        return HttpResponse.badRequest(new ModelAndView<>("round/form", RoundFormPage.of(
                areas.area(round.areaCode()).orElseThrow(), round, form, ((ChangeRound.Refused) result).errors(), false)));
    }

    @Post("/rondes/{id}/volgende-fase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> nextPhase(Staff staff, long id) {
        String notice = switch (movePhase.byHand(staff, id)) {
            case OK -> "fase";
            case ALREADY_LAST -> "laatste-fase";
            case AFTER_RESULTS -> "uitslag-eerst";
        };
        return HttpResponse.seeOther(URI.create("/beheer/rondes/" + id + "?melding=" + notice));
    }
}
