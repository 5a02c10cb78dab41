package nl.wijkdeal.result;

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
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.RateLimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * "Is mijn stem geteld?" The receipt code is posted, never put in a URL (it would end up in logs
 * and browser history).
 */
@Hidden
@Controller("/rondes/{id}/stem-geteld")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class CheckReceiptPages {

    /** The page: the form, and after a post the answer. */
    record Page(long roundId, String roundName, String typed, String error, String answer, String wijkName,
                Long otherRoundId, CheckReceipt.Proof proof) {
    }

    /**
     * Checks per address and round per minute. Receipts have 80 random bits, so guessing one is
     * hopeless anyway; the limit keeps the page from being used as a free oracle by a script.
     */
    static final int CHECKS_PER_MINUTE = 30;

    private final ResultViews views;
    private final CheckReceipt checkReceipt;
    private final AreaDirectory areas;
    private final RateLimit limits;
    private final HttpClientAddressResolver clientAddress;
    private final Clock clock;

    CheckReceiptPages(ResultViews views, CheckReceipt checkReceipt, AreaDirectory areas, RateLimit limits,
                      HttpClientAddressResolver clientAddress, Clock clock) {
        this.views = views;
        this.checkReceipt = checkReceipt;
        this.areas = areas;
        this.limits = limits;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> form(long id) {
        Round round = publicRound(id);
        return HttpResponse.ok(new ModelAndView<>("result/check", new Page(id, round.text().name(), "", null, null, null, null, null)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> check(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        Round round = publicRound(id);
        String typed = FormData.of(body).text("code");
        if (limits.hit("receipt-check", clientAddress.resolve(request) + "|" + id, Duration.ofMinutes(1), clock.instant())
                > CHECKS_PER_MINUTE) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(new ModelAndView<>("result/check",
                    new Page(id, round.text().name(), typed, "result.check.error.tooMany", null, null, null, null)));
        }
        if (typed.isBlank()) {
            return HttpResponse.badRequest(new ModelAndView<>("result/check",
                    new Page(id, round.text().name(), typed, "result.check.error.empty", null, null, null, null)));
        }
        CheckReceipt.Outcome outcome = checkReceipt.check(id, typed);
        if (outcome.answer() == CheckReceipt.Answer.NOT_A_CODE) {
            return HttpResponse.badRequest(new ModelAndView<>("result/check",
                    new Page(id, round.text().name(), typed, "result.check.error.typo", null, null, null, null)));
        }
        String wijkName = outcome.wijk() == null ? null
                : areas.neighbourhood(outcome.wijk()).map(n -> n.name()).orElse(outcome.wijk());
        HttpStatus status = outcome.answer() == CheckReceipt.Answer.UNKNOWN || outcome.answer() == CheckReceipt.Answer.OTHER_ROUND
                ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return HttpResponse.status(status).body(new ModelAndView<>("result/check", new Page(id, round.text().name(), typed,
                null, outcome.answer().name(), wijkName, outcome.otherRoundId(), outcome.proof())));
    }

    private Round publicRound(long id) {
        Round round = views.round(id);
        if (round.phase() == Phase.PREPARATION) {
            throw ResultViews.notFound();
        }
        return round;
    }
}
