package nl.wijkdeal.ballot;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.kernel.SecretToken;
import nl.wijkdeal.register.VoterPass;
import nl.wijkdeal.register.VoterPasses;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.CookieSettings;
import nl.wijkdeal.web.FormData;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ballot: choose (plain form, works without JavaScript), review, send; then the receipt. Every
 * page is personal and never cached. Nothing is stored before "versturen".
 */
@Hidden
@Controller("/rondes/{id}/stemmen")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class BallotPages {

    static final String RECEIPT_COOKIE = "wijkdeal_ontvangst";

    private final PublicRounds rounds;
    private final AreaDirectory areas;
    private final VoterPasses passes;
    private final BallotPapers papers;
    private final CastBallot castBallot;
    private final CookieSettings cookies;

    BallotPages(PublicRounds rounds, AreaDirectory areas, VoterPasses passes, BallotPapers papers, CastBallot castBallot,
                CookieSettings cookies) {
        this.rounds = rounds;
        this.areas = areas;
        this.passes = passes;
        this.papers = papers;
        this.castBallot = castBallot;
        this.cookies = cookies;
    }

    @Get("/stembiljet")
    HttpResponse<?> ballot(HttpRequest<?> request, long id) {
        Round round = round(id);
        Optional<VoterPass> pass = pass(request, round);
        if (pass.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/rondes/" + id + "/stemmen"));
        }
        return page(HttpStatus.OK, "ballot/ballot", request, round, pass.get(), List.of(), List.of(), ReceiptCode.random());
    }

    /** "Bekijk je keuze": the rules check the choices; problems come back beside the plans, else the review. */
    @Post("/stembiljet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> review(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        Round round = round(id);
        Optional<VoterPass> pass = pass(request, round);
        if (pass.isEmpty()) {
            return noVote(round);
        }
        FormData form = FormData.of(body);
        List<Choice> choices = BallotForm.read(round.settings().kind(), form);
        ReceiptCode receipt = receipt(form);
        if ("wijzigen".equals(form.text("stap"))) {
            return page(HttpStatus.OK, "ballot/ballot", request, round, pass.get(), choices, List.of(), receipt);
        }
        BallotPapers.Offered offered = papers.of(round, pass.get().wijk());
        List<BallotProblem> problems = BallotRules.check(offered.paper(), choices);
        return problems.isEmpty()
                ? page(HttpStatus.OK, "ballot/review", request, round, pass.get(), offered, choices, problems, receipt)
                : page(HttpStatus.BAD_REQUEST, "ballot/ballot", request, round, pass.get(), offered, choices, problems, receipt);
    }

    @Post("/versturen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, long id, @Body Map<String, Object> body) {
        Round round = round(id);
        FormData form = FormData.of(body);
        List<Choice> choices = BallotForm.read(round.settings().kind(), form);
        ReceiptCode receipt = receipt(form);
        CastBallot.Outcome outcome = castBallot.cast(round, passToken(request), choices, receipt);
        if (outcome instanceof CastBallot.Cast cast) {
            String staffChannel = cast.channel() == VoterPass.Channel.COUNTER ? "?apparaat=balie"
                    : cast.channel() == VoterPass.Channel.PAPER ? "?apparaat=papier" : "";
            return HttpResponse.seeOther(URI.create("/rondes/" + id + "/stemmen/gelukt" + staffChannel))
                    .cookie(cookies.session(cookies.name(RECEIPT_COOKIE), cast.receipt().grouped()))
                    .cookie(cookies.expired(cookies.name(VoterPass.COOKIE)));
        }
        if (outcome instanceof CastBallot.Refused refused) {
            Optional<VoterPass> pass = pass(request, round);
            if (pass.isPresent()) {
                return page(HttpStatus.BAD_REQUEST, "ballot/ballot", request, round, pass.get(), choices, refused.problems(), receipt);
            }
        }
        if (outcome instanceof CastBallot.Closed) {
            return noStore(HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("ballot/no-vote",
                    Map.of("roundId", round.id(), "roundName", round.text().name(), "closed", true))));
        }
        return noVote(round);
    }

    /** @param apparaat "balie" or "papier" after a vote on a staff device: what to do with the device next */
    @Get("/gelukt{?apparaat}")
    HttpResponse<?> done(HttpRequest<?> request, long id, @Nullable String apparaat) {
        Round round = round(id);
        Optional<ReceiptCode> receipt = request.getCookies().findCookie(cookies.name(RECEIPT_COOKIE))
                .map(Cookie::getValue).flatMap(ReceiptCode::read);
        if (receipt.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/rondes/" + id));
        }
        return noStore(HttpResponse.ok(new ModelAndView<>("ballot/done", Map.of("roundId", round.id(),
                "roundName", round.text().name(), "receipt", receipt.get().grouped(),
                "counter", "balie".equals(apparaat), "paper", "papier".equals(apparaat)))));
    }

    private HttpResponse<?> noVote(Round round) {
        return noStore(HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("ballot/no-vote",
                Map.of("roundId", round.id(), "roundName", round.text().name()))));
    }

    private MutableHttpResponse<?> page(HttpStatus status, String view, HttpRequest<?> request, Round round, VoterPass pass,
                                        List<Choice> choices, List<BallotProblem> problems, ReceiptCode receipt) {
        return page(status, view, request, round, pass, papers.of(round, pass.wijk()), choices, problems, receipt);
    }

    private MutableHttpResponse<?> page(HttpStatus status, String view, HttpRequest<?> request, Round round, VoterPass pass,
                                        BallotPapers.Offered offered, List<Choice> choices, List<BallotProblem> problems,
                                        ReceiptCode receipt) {
        String wijkName = areas.area(round.areaCode()).map(a -> a.nameOf(pass.wijk())).orElse(pass.wijk());
        BallotPage page = BallotPage.of(round, wijkName, pass.expiresAt(), pass.channel(), offered, choices, problems,
                receipt, seed(request));
        return noStore(HttpResponse.status(status).body(new ModelAndView<>(view, page)));
    }

    /** A fresh receipt when the form carries none (or a broken one): it only has to be the same on a resubmit. */
    private static ReceiptCode receipt(FormData form) {
        return ReceiptCode.read(form.text(BallotForm.RECEIPT)).orElseGet(ReceiptCode::random);
    }

    /** The plans' order per voter: from the pass token, so it stays put between the ballot and its review. */
    private long seed(HttpRequest<?> request) {
        return ByteBuffer.wrap(SecretToken.digest(passToken(request))).getLong();
    }

    private Optional<VoterPass> pass(HttpRequest<?> request, Round round) {
        return passes.find(passToken(request)).filter(p -> p.roundId() == round.id());
    }

    /** The pass's token from its cookie; "" without one (no pass matches it). */
    private String passToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookies.name(VoterPass.COOKIE)).map(Cookie::getValue).orElse("");
    }

    private static MutableHttpResponse<?> noStore(MutableHttpResponse<?> response) {
        return response.header("Cache-Control", "no-store");
    }

    private Round round(long id) {
        return rounds.find(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such round"));
    }
}
