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
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Language;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The residents' side of comments and reports: write a comment or a reply (the comment form on the
 * plan page posts here too), and "meld misbruik" for a plan or a comment. No account anywhere.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class CommentPages {

    private final PublicRounds rounds;
    private final PlanStore plans;
    private final CommentStore comments;
    private final CommentPlan commentPlan;
    private final ReportAbuse reportAbuse;
    private final HttpClientAddressResolver clientAddress;

    CommentPages(PublicRounds rounds, PlanStore plans, CommentStore comments, CommentPlan commentPlan,
                 ReportAbuse reportAbuse, HttpClientAddressResolver clientAddress) {
        this.rounds = rounds;
        this.plans = plans;
        this.comments = comments;
        this.commentPlan = commentPlan;
        this.reportAbuse = reportAbuse;
        this.clientAddress = clientAddress;
    }

    /** The form on a page of its own: a reply to comment {@code op}, or a new comment. */
    @Get("/plannen/{id}/reageren{?op}")
    HttpResponse<?> form(long id, @Nullable Long op) {
        Plan plan = livePlan(id);
        Round round = round(plan);
        Optional<Comment> parent = Optional.ofNullable(op).flatMap(comments::find)
                .filter(c -> c.planId() == id && c.state() != Comment.State.SUBMITTED);
        if (op != null && parent.isEmpty()) {
            throw notFound();
        }
        CommentRules.Reason reason = CommentRules.check(round.phase(), plan.isPublic(), op != null, parent);
        FormData empty = FormData.of(Map.of("formulier", UUID.randomUUID().toString(), "op", op == null ? "" : op.toString()));
        return HttpResponse.ok(new ModelAndView<>("plan/comment", CommentFormPage.of(plan, round, parent, reason, empty, Map.of())));
    }

    @Post("/plannen/{id}/reacties")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> comment(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        Plan plan = livePlan(id);
        Round round = round(plan);
        FormData form = FormData.of(body);
        CommentPlan.Result result = commentPlan.comment(plan, round, form, Language.of(request), clientAddress.resolve(request));
        if (result instanceof CommentPlan.Sent) {
            return HttpResponse.seeOther(URI.create("/plannen/" + id + "?melding=reactie-mail#reacties"));
        }
        Optional<Comment> parent = parentOf(form, id);
        CommentRules.Reason reason = CommentRules.check(round.phase(), plan.isPublic(), !form.text("op").isBlank(), parent);
        return HttpResponse.badRequest(new ModelAndView<>("plan/comment",
                CommentFormPage.of(plan, round, parent, reason, form, ((CommentPlan.Refused) result).errors())));
    }

    @Get("/plannen/{id}/melden{?reactie}")
    HttpResponse<?> reportForm(long id, @Nullable Long reactie) {
        Plan plan = livePlan(id);
        return HttpResponse.ok(new ModelAndView<>("plan/report",
                ReportPage.of(plan, round(plan), reported(id, reactie), FormData.of(Map.of()), Map.of())));
    }

    @Post("/plannen/{id}/melden")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> report(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        Plan plan = livePlan(id);
        FormData form = FormData.of(body);
        Comment comment = reported(id, CommentPlan.idIn(form.text("reactie")).orElse(null));
        ReportAbuse.Result result = reportAbuse.report(plan, comment, form, clientAddress.resolve(request));
        if (result.ok()) {
            return HttpResponse.seeOther(URI.create("/plannen/" + id + "?melding=gemeld"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("plan/report",
                ReportPage.of(plan, round(plan), comment, form, result.errors())));
    }

    /** The live comment reported, null for the plan itself; 404 for anything else. */
    private Comment reported(long planId, Long commentId) {
        if (commentId == null) {
            return null;
        }
        return comments.find(commentId).filter(c -> c.planId() == planId && c.state() == Comment.State.PUBLISHED)
                .orElseThrow(CommentPages::notFound);
    }

    private Optional<Comment> parentOf(FormData form, long planId) {
        return CommentPlan.idIn(form.text("op")).flatMap(comments::find).filter(c -> c.planId() == planId);
    }

    private Plan livePlan(long id) {
        return plans.find(id).filter(Plan::isPublic).orElseThrow(CommentPages::notFound);
    }

    private Round round(Plan plan) {
        return rounds.find(plan.roundId()).orElseThrow(CommentPages::notFound);
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "no such plan or comment");
    }
}
