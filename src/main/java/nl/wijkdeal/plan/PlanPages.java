package nl.wijkdeal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Language;
import nl.wijkdeal.web.MultipartForm;
import nl.wijkdeal.web.Notice;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * The residents' plan pages: a round's plans, the submit form, one plan with its support form, the
 * confirmation behind a mail's link and the author's personal edit page. No account anywhere.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanPages {

    private final PublicRounds rounds;
    private final PlanStore store;
    private final AreaDirectory areas;
    private final SubmitPlan submitPlan;
    private final SupportPlan supportPlan;
    private final ConfirmLink confirmLink;
    private final EditPlan editPlan;
    private final CommentStore comments;
    private final HttpClientAddressResolver clientAddress;
    private final ReviewStore reviews;
    private final ReencodePhoto reencodePhoto;

    /** The form's file field, and the edit page's "remove the photo" box. */
    static final String PHOTO_FIELD = "foto";
    static final String REMOVE_FIELD = "fotoWeg";

    private final PlanOutcomes outcomes;

    PlanPages(PublicRounds rounds, PlanStore store, AreaDirectory areas, SubmitPlan submitPlan, SupportPlan supportPlan,
              ConfirmLink confirmLink, EditPlan editPlan, HttpClientAddressResolver clientAddress, ReviewStore reviews,
              CommentStore comments, ReencodePhoto reencodePhoto, PlanOutcomes outcomes) {
        this.outcomes = outcomes;
        this.rounds = rounds;
        this.store = store;
        this.areas = areas;
        this.submitPlan = submitPlan;
        this.supportPlan = supportPlan;
        this.confirmLink = confirmLink;
        this.editPlan = editPlan;
        this.comments = comments;
        this.clientAddress = clientAddress;
        this.reviews = reviews;
        this.reencodePhoto = reencodePhoto;
    }

    @Get("/rondes/{id}/plannen{?zoek,wijk,thema,steun,volgorde,zaad}")
    HttpResponse<?> list(long id, @Nullable String zoek, @Nullable String wijk, @Nullable String thema,
                         @Nullable String steun, @Nullable String volgorde, @Nullable Long zaad) {
        Round round = round(id);
        PlanListPage.Query query = PlanListPage.Query.of(round, zoek, wijk, thema, steun, volgorde, zaad);
        return HttpResponse.ok(new ModelAndView<>("plan/list",
                PlanListPage.of(round, area(round), query, store.search(round.id(), query.filter()))));
    }

    @Get("/rondes/{id}/plannen/nieuw")
    HttpResponse<?> newPlan(long id) {
        Round round = round(id);
        FormData empty = FormData.of(Map.of("formulier", UUID.randomUUID().toString()));
        return HttpResponse.ok(new ModelAndView<>("plan/form", PlanFormPage.forNew(round, area(round), empty, Map.of())));
    }

    /** The form is multipart (for the photo). */
    @Post("/rondes/{id}/plannen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> submit(HttpRequest<?> request, long id, @Body MultipartBody body) {
        MultipartForm posted = MultipartForm.read(body);
        return submit(request, id, posted.form(), reencodePhoto.read(posted.file(PHOTO_FIELD), false));
    }

    /** The same form url-encoded, as before there were photos (older pages, scripts): no photo then. */
    @Post("/rondes/{id}/plannen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        return submit(request, id, FormData.of(body), PhotoChoice.NONE);
    }

    private HttpResponse<?> submit(HttpRequest<?> request, long id, FormData form, PhotoChoice photo) {
        Round round = round(id);
        SubmitPlan.Result result = submitPlan.submit(round, form, photo, Language.of(request), clientAddress.resolve(request));
        if (result instanceof SubmitPlan.Submitted submitted) {
            return HttpResponse.seeOther(URI.create("/rondes/" + round.id() + "/plannen/ingediend"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("plan/form",
                PlanFormPage.forNew(round, area(round), form, ((SubmitPlan.Refused) result).errors())));
    }

    /** After submitting: "check your mail". The same for everyone, so it gives nothing away. */
    @Get("/rondes/{id}/plannen/ingediend")
    HttpResponse<?> submitted(long id) {
        Round round = round(id);
        return HttpResponse.ok(new ModelAndView<>("plan/submitted", Map.of("round", PlanListPage.RoundLine.of(round),
                "days", SubmitPlan.CONFIRM_DAYS)));
    }

    /** A live plan, or a merged one (its page says where it went). */
    @Get("/plannen/{id}{?melding}")
    HttpResponse<?> plan(long id, @Nullable String melding) {
        Plan plan = store.find(id).filter(Plan::hasPage).orElseThrow(PlanPages::notFound);
        if (plan.isHidden()) {
            // Its address keeps working and says why the plan is gone, with what happened before.
            return HttpResponse.ok(new ModelAndView<>("plan/hidden",
                    HiddenPlanPage.of(plan, round(plan.roundId()), store.events(id))));
        }
        return HttpResponse.ok(new ModelAndView<>("plan/plan", page(plan, notice(melding), "", Map.of())));
    }

    @Post("/plannen/{id}/steunen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> support(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        Plan plan = publicPlan(id);
        FormData form = FormData.of(body);
        SupportPlan.Result result = supportPlan.support(plan, form.text("email"), Language.of(request), clientAddress.resolve(request));
        if (result.ok()) {
            return HttpResponse.seeOther(URI.create("/plannen/" + id + "?melding=steun-mail"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("plan/plan", page(plan, null, form.text("email"), result.errors())));
    }

    /** A link from a mail opens a page with one button: mail scanners that follow links confirm nothing. */
    @Get("/bevestigen/{token}")
    HttpResponse<?> confirmPage(String token) {
        ConfirmLink.Result seen = confirmLink.look(token);
        return confirmAnswer(token, seen, false);
    }

    @Post("/bevestigen/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(String token) {
        ConfirmLink.Result result = confirmLink.confirm(token);
        return confirmAnswer(token, result, true);
    }

    private HttpResponse<?> confirmAnswer(String token, ConfirmLink.Result result, boolean done) {
        return switch (result.outcome()) {
            case PLAN_CONFIRMED, SUPPORT_CONFIRMED, COMMENT_CONFIRMED, COAUTHOR_CONFIRMED -> done
                    ? HttpResponse.seeOther(URI.create("/plannen/" + result.planId() + switch (result.outcome()) {
                        case PLAN_CONFIRMED -> "?melding=plan-bevestigd";
                        case COMMENT_CONFIRMED -> "?melding=reactie-bevestigd#reacties";
                        case COAUTHOR_CONFIRMED -> "?melding=mede-indiener";
                        default -> "?melding=steun-bevestigd";
                    }))
                    : HttpResponse.ok(new ModelAndView<>("plan/confirm", Map.of("token", token,
                    "what", switch (result.outcome()) {
                        case PLAN_CONFIRMED -> "plan";
                        case COMMENT_CONFIRMED -> "comment";
                        case COAUTHOR_CONFIRMED -> "coauthor";
                        default -> "support";
                    },
                    "title", store.find(result.planId()).map(p -> p.text().title()).orElse(""))));
            case ALREADY_USED -> HttpResponse.ok(new ModelAndView<>("plan/link", Map.of("reason", "used",
                    "planId", result.planId())));
            case EXPIRED -> HttpResponse.status(HttpStatus.GONE).body(new ModelAndView<>("plan/link",
                    Map.of("reason", "expired")));
            case UNKNOWN -> HttpResponse.notFound(new ModelAndView<>("plan/link", Map.of("reason", "unknown")));
        };
    }

    @Get("/plannen/{id}/bewerken/{token}{?melding}")
    HttpResponse<?> editForm(long id, String token, @Nullable String melding) {
        var plan = editPlan.check(id, token);
        if (plan.isEmpty()) {
            return editClosed();
        }
        Round round = round(plan.get().roundId());
        return HttpResponse.ok(new ModelAndView<>("plan/form", PlanFormPage.forEdit(round, area(round), plan.get(), token,
                PlanFormPage.values(plan.get()), Map.of(), notice(melding), photoOf(id))));
    }

    @Post("/plannen/{id}/bewerken/{token}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> edit(long id, String token, @Body MultipartBody body) {
        MultipartForm posted = MultipartForm.read(body);
        return edit(id, token, posted.form(),
                reencodePhoto.read(posted.file(PHOTO_FIELD), !posted.form().text(REMOVE_FIELD).isEmpty()));
    }

    @Post("/plannen/{id}/bewerken/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(long id, String token, @Body Map<String, Object> body) {
        FormData form = FormData.of(body);
        return edit(id, token, form, new PhotoChoice(null, null, !form.text(REMOVE_FIELD).isEmpty()));
    }

    private HttpResponse<?> edit(long id, String token, FormData form, PhotoChoice photo) {
        var plan = editPlan.check(id, token);
        if (plan.isEmpty()) {
            return editClosed();
        }
        Round round = round(plan.get().roundId());
        Map<String, String> errors = editPlan.edit(token, plan.get(), round, form, photo);
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/plannen/" + id + "/bewerken/" + token + "?melding=opgeslagen"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("plan/form",
                PlanFormPage.forEdit(round, area(round), plan.get(), token, form, errors, null, photoOf(id))));
    }

    /**
     * The photo of a plan whose page can be seen (not a hidden one). It may change or disappear (the
     * author replaces it, the gebiedsteam hides the plan), so caches keep it briefly and check back
     * with the ETag; nosniff so it is only ever an image.
     */
    @Get("/plannen/{id}/foto")
    @Produces({MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG})
    HttpResponse<?> photo(long id, @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        store.find(id).filter(plan -> plan.hasPage() && !plan.isHidden()).orElseThrow(PlanPages::notFound);
        PlanPhoto photo = store.photo(id).orElseThrow(PlanPages::notFound);
        String etag = etag(photo.bytes());
        MutableHttpResponse<?> response = etag.equals(ifNoneMatch) ? HttpResponse.notModified() : HttpResponse.ok(photo.bytes())
                .contentType(MediaType.of(photo.contentType()));
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff");
    }

    /** A strong ETag: the photo's SHA-256, shortened. */
    private static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PlanPage.Photo photoOf(long planId) {
        return store.photoSize(planId).map(size -> PlanPage.Photo.of(planId, size)).orElse(null);
    }

    /** A wrong edit link, or one past the start of the review: say so (410), the form is gone. */
    private static HttpResponse<?> editClosed() {
        return HttpResponse.status(HttpStatus.GONE).body(new ModelAndView<>("plan/link", Map.of("reason", "edit")));
    }

    private PlanPage page(Plan plan, String notice, String supportEmail, Map<String, String> errors) {
        Round round = round(plan.roundId());
        PlanPage.Merged merged = store.mergedInto(plan.id()).flatMap(store::find)
                .map(target -> new PlanPage.Merged(target.id(), target.text().title())).orElse(null);
        return PlanPage.of(plan, round, area(round), store.events(plan.id()), notice, supportEmail, errors,
                reviews.published(plan.id()).map(review -> review.decision().finalCost()).orElse(null),
                store.coAuthors(plan.id()), merged, comments.ofPlan(plan.id()), photoOf(plan.id()),
                outcomes.published(plan.id()).orElse(null));
    }

    private Round round(long id) {
        return rounds.find(id).orElseThrow(PlanPages::notFound);
    }

    private nl.wijkdeal.area.Area area(Round round) {
        return areas.area(round.areaCode()).orElseThrow();
    }

    private Plan publicPlan(long id) {
        return store.find(id).filter(Plan::isPublic).orElseThrow(PlanPages::notFound);
    }

    private static String notice(String melding) {
        return Notice.key("plan.notice", melding);
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "no such plan");
    }
}
