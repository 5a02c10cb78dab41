package nl.wijkdeal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Language;
import nl.wijkdeal.web.PublicUrl;

import java.net.URI;
import java.util.Map;

/** Inviting a co-author (from the author's edit page) and the invitee's page. No accounts. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class CoAuthorPages {

    record InvitedPage(long planId, String title, String editPath, String link) {
    }

    record InvitationPage(String title, String summary, String token, Map<String, String> values,
                          Map<String, String> errors, boolean hasErrors) {
    }

    private final EditPlan editPlan;
    private final InviteCoAuthor inviteCoAuthor;
    private final PublicRounds rounds;
    private final PublicUrl publicUrl;
    private final HttpClientAddressResolver clientAddress;

    CoAuthorPages(EditPlan editPlan, InviteCoAuthor inviteCoAuthor, PublicRounds rounds, PublicUrl publicUrl,
                  HttpClientAddressResolver clientAddress) {
        this.editPlan = editPlan;
        this.inviteCoAuthor = inviteCoAuthor;
        this.rounds = rounds;
        this.publicUrl = publicUrl;
        this.clientAddress = clientAddress;
    }

    /** The link is shown once, on a page the browser must not keep: it is as good as a key. */
    @Post("/plannen/{id}/bewerken/{token}/uitnodigen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(long id, String token) {
        var plan = editPlan.check(id, token).filter(Plan::isPublic);
        Round round = plan.flatMap(p -> rounds.find(p.roundId())).filter(r -> EditPlan.OPEN.contains(r.phase())).orElse(null);
        if (round == null) {
            return HttpResponse.status(HttpStatus.GONE).body(new ModelAndView<>("plan/link", Map.of("reason", "edit")));
        }
        String invitation = inviteCoAuthor.invite(plan.get(), round, token);
        return HttpResponse.ok(new ModelAndView<>("plan/invited", new InvitedPage(id, plan.get().text().title(),
                        "/plannen/" + id + "/bewerken/" + token, publicUrl.of("/uitnodiging/" + invitation))))
                .header("Cache-Control", "no-store");
    }

    @Get("/uitnodiging/{token}{?verstuurd}")
    HttpResponse<?> invitation(String token, @Nullable String verstuurd) {
        if (verstuurd != null) {
            return HttpResponse.ok(new ModelAndView<>("plan/invitation-sent", Map.of("days", SubmitPlan.CONFIRM_DAYS)));
        }
        return inviteCoAuthor.open(token)
                .<HttpResponse<?>>map(inv -> HttpResponse.ok(new ModelAndView<>("plan/invitation",
                        page(inv, token, FormData.of(Map.of()), Map.of()))))
                .orElseGet(CoAuthorPages::closed);
    }

    @Post("/uitnodiging/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, String token, @Body Map<String, Object> body) {
        var invitation = inviteCoAuthor.open(token);
        if (invitation.isEmpty()) {
            return closed();
        }
        FormData form = FormData.of(body);
        Map<String, String> errors = inviteCoAuthor.accept(token, form, Language.of(request), clientAddress.resolve(request));
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/uitnodiging/" + token + "?verstuurd=ja"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("plan/invitation", page(invitation.get(), token, form, errors)));
    }

    private static InvitationPage page(InviteCoAuthor.Invitation invitation, String token, FormData form,
                                       Map<String, String> errors) {
        return new InvitationPage(invitation.plan().text().title(), invitation.plan().text().summary(), token,
                Map.of("shownName", form.text("shownName"), "email", form.text("email")), errors, !errors.isEmpty());
    }

    /** Used, expired, unknown, or the plan can no longer change: one honest page (410). */
    private static HttpResponse<?> closed() {
        return HttpResponse.status(HttpStatus.GONE).body(new ModelAndView<>("plan/link", Map.of("reason", "invite")));
    }
}
