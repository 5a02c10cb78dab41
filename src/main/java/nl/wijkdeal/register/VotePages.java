package nl.wijkdeal.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.kernel.SecretToken;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.CookieSettings;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Notice;

import java.net.URI;
import java.util.Map;

/**
 * The resident's way in to vote: check who you are (code or address), then the ballot of your
 * wijk. Pages that hold a code or a pass are never cached. The pass lives in a cookie, not in a
 * URL, so it is never in a log or a browser history.
 */
@Hidden
@Controller("/rondes/{id}/stemmen")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class VotePages {

    static final String BROWSER_COOKIE = "wijkdeal_browser";

    private final PublicRounds rounds;
    private final VerifyVoter verify;
    private final VoterPasses passes;
    private final CookieSettings cookies;
    private final HttpClientAddressResolver clientAddress;

    VotePages(PublicRounds rounds, VerifyVoter verify, VoterPasses passes, CookieSettings cookies,
              HttpClientAddressResolver clientAddress) {
        this.rounds = rounds;
        this.verify = verify;
        this.passes = passes;
        this.cookies = cookies;
        this.clientAddress = clientAddress;
    }

    @Get("{?melding}")
    HttpResponse<?> page(HttpRequest<?> request, long id, @Nullable String melding) {
        Round round = round(id);
        return withBrowserId(request, noStore(HttpResponse.ok(new ModelAndView<>("register/verify",
                VerifyPage.of(round, FormData.of(Map.of()), Map.of(), null, Notice.key("vote.notice", melding))))));
    }

    @Post("/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> byCode(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        Round round = round(id);
        FormData form = FormData.of(body);
        return answer(request, round, form, verify.byCode(round, form.text("code"), attempt(request, round)));
    }

    @Post("/adres")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> byAddress(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        Round round = round(id);
        FormData form = FormData.of(body);
        return answer(request, round, form, verify.byAddress(round, form, attempt(request, round)));
    }

    /** Stops without voting: the pass ends, the resident can still vote later. */
    @Post("/stoppen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> stop(HttpRequest<?> request, long id) {
        request.getCookies().findCookie(cookies.name(VoterPass.COOKIE)).map(Cookie::getValue).ifPresent(passes::end);
        return HttpResponse.seeOther(URI.create("/rondes/" + id + "/stemmen?melding=gestopt"))
                .cookie(cookies.expired(cookies.name(VoterPass.COOKIE)));
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Round round, FormData form, VerifyVoter.Outcome outcome) {
        if (outcome.ok()) {
            return HttpResponse.seeOther(URI.create("/rondes/" + round.id() + "/stemmen/stembiljet"))
                    .cookie(cookies.session(cookies.name(VoterPass.COOKIE), outcome.passToken()));
        }
        HttpStatus status = outcome.retryAt() != null ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
        return withBrowserId(request, noStore(HttpResponse.status(status).body(new ModelAndView<>("register/verify",
                VerifyPage.of(round, form, outcome.errors(), outcome.retryAt(), null)))));
    }

    private GuessLimits.Attempt attempt(HttpRequest<?> request, Round round) {
        String browser = request.getCookies().findCookie(cookies.name(BROWSER_COOKIE)).map(Cookie::getValue)
                .filter(SecretToken::looksValid).orElse(null);
        return new GuessLimits.Attempt(round.id(), String.valueOf(clientAddress.resolve(request)), browser);
    }

    /** A random id per browser, only to count its failed checks; it says nothing about the resident. */
    private MutableHttpResponse<?> withBrowserId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getCookies().findCookie(cookies.name(BROWSER_COOKIE)).isEmpty()) {
            response.cookie(cookies.session(cookies.name(BROWSER_COOKIE), SecretToken.create()));
        }
        return response;
    }

    private static MutableHttpResponse<?> noStore(MutableHttpResponse<?> response) {
        return response.header("Cache-Control", "no-store");
    }

    private Round round(long id) {
        return rounds.find(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such round"));
    }
}
