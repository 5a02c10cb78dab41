package nl.wijkdeal.register;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.HandOverDevice;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.CookieSettings;
import nl.wijkdeal.web.FormData;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The counter at a WIJ-locatie, for staff: look a resident up, let them vote on this device (the
 * pass goes to this browser and the resident takes over the screen), or replace a lost code.
 */
@Hidden
@Controller("/beheer/rondes/{id}/balie")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class CounterPages {

    private final PublicRounds rounds;
    private final AreaDirectory areas;
    private final CounterDesk counter;
    private final ReplaceCode replaceCode;
    private final CookieSettings cookies;
    private final HandOverDevice handOver;

    CounterPages(PublicRounds rounds, AreaDirectory areas, CounterDesk counter, ReplaceCode replaceCode, CookieSettings cookies,
                 HandOverDevice handOver) {
        this.handOver = handOver;
        this.rounds = rounds;
        this.areas = areas;
        this.counter = counter;
        this.replaceCode = replaceCode;
        this.cookies = cookies;
    }

    @Get
    HttpResponse<?> page(Staff staff, long id) {
        Round round = round(staff, id);
        return page(HttpStatus.OK, round, FormData.of(Map.of()), Map.of(), null);
    }

    @Post("/zoeken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> search(Staff staff, long id, @Body Map<String, Object> body) {
        Round round = round(staff, id);
        FormData form = FormData.of(body);
        CounterDesk.Lookup lookup = counter.lookUp(staff, round, form);
        return page(lookup.errors().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, round, form, lookup.errors(), lookup);
    }

    @Post("/stemmen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> letVote(HttpRequest<?> request, Staff staff, long id, @Body Map<String, Object> body) {
        return pass(request, staff, id, body, VoterPass.Channel.COUNTER);
    }

    /** A paper ballot: staff enter what the resident filled in, on the same ballot and review pages. */
    @Post("/papier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paper(HttpRequest<?> request, Staff staff, long id, @Body Map<String, Object> body) {
        return pass(request, staff, id, body, VoterPass.Channel.PAPER);
    }

    /** For the resident's own vote the staff session ends first ({@link HandOverDevice}); paper stays with staff. */
    private HttpResponse<?> pass(HttpRequest<?> request, Staff staff, long id, Map<String, Object> body, VoterPass.Channel channel) {
        Round round = round(staff, id);
        FormData form = FormData.of(body);
        Optional<String> pass = counter.pass(staff, round, form, channel);
        if (pass.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, round, form, Map.of(), counter.find(round, form));
        }
        var response = HttpResponse.seeOther(URI.create("/rondes/" + id + "/stemmen/stembiljet"))
                .cookie(cookies.session(cookies.name(VoterPass.COOKIE), pass.get()));
        return channel == VoterPass.Channel.COUNTER ? handOver.handOver(request, staff, response) : response;
    }

    /** The new letter as a PDF download; the old code stops working at once. */
    @Post("/nieuwe-code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> newCode(Staff staff, long id, @Body Map<String, Object> body) {
        Round round = round(staff, id);
        FormData form = FormData.of(body);
        ReplaceCode.Outcome outcome = replaceCode.replace(staff, round, form);
        if (!outcome.ok()) {
            return page(HttpStatus.BAD_REQUEST, round, form, outcome.errors(), counter.find(round, form));
        }
        return HttpResponse.ok(outcome.pdf()).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"nieuwe-brief.pdf\"")
                .header("Cache-Control", "no-store");
    }

    private HttpResponse<?> page(HttpStatus status, Round round, FormData form, Map<String, String> errors, CounterDesk.Lookup lookup) {
        return HttpResponse.status(status).body(new ModelAndView<>("register/counter",
                CounterPage.of(round, areas.area(round.areaCode()).orElseThrow(), form, errors, lookup)))
                .header("Cache-Control", "no-store");
    }

    private Round round(Staff staff, long id) {
        Round round = rounds.findForStaff(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such round"));
        Authorize.require(staff, AccessPolicy.Action.HELP_AT_COUNTER, round.areaCode());
        return round;
    }
}
