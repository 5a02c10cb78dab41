package nl.wijkdeal.register;

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
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.MultipartForm;
import nl.wijkdeal.web.Notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gebiedsteam's register pages: import a file, follow the import, print the stemcode letters. */
@Hidden
@Controller("/beheer/rondes/{id}/register")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegisterPages {

    static final String FILE_FIELD = "bestand";
    /** An import that has not reported progress for this long died with its instance. */
    private static final Duration STALLED = Duration.ofMinutes(2);

    private final PublicRounds rounds;
    private final AreaDirectory areas;
    private final RegisterStore store;
    private final ImportRegister importRegister;
    private final IssueLetters issueLetters;
    private final Clock clock;

    RegisterPages(PublicRounds rounds, AreaDirectory areas, RegisterStore store, ImportRegister importRegister,
                  IssueLetters issueLetters, Clock clock) {
        this.rounds = rounds;
        this.areas = areas;
        this.store = store;
        this.importRegister = importRegister;
        this.issueLetters = issueLetters;
        this.clock = clock;
    }

    @Get("{?melding}")
    HttpResponse<?> page(Staff staff, long id, @Nullable String melding) {
        Round round = round(staff, id, AccessPolicy.Action.REVIEW_ROUNDS);
        return HttpResponse.ok(new ModelAndView<>("register/admin", page(staff, round, Map.of(), List.of(),
                Notice.key("register.notice", melding))));
    }

    @Post("/inlezen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importFile(Staff staff, long id, @Body MultipartBody body) {
        Round round = round(staff, id, AccessPolicy.Action.MANAGE_REGISTER);
        MultipartForm posted = MultipartForm.read(body);
        ImportRegister.Started started = importRegister.start(staff, round, posted.file(FILE_FIELD));
        if (started.ok()) {
            return HttpResponse.seeOther(URI.create("/beheer/rondes/" + id + "/register/inlezen/" + started.importId()));
        }
        return HttpResponse.badRequest(new ModelAndView<>("register/admin",
                page(staff, round, Map.of(FILE_FIELD, started.problem()), started.columns(), null)));
    }

    @Get("/inlezen/{importId}")
    HttpResponse<?> progress(Staff staff, long id, long importId) {
        Round round = round(staff, id, AccessPolicy.Action.REVIEW_ROUNDS);
        RegisterStore.ImportRow row = store.importOf(round.id(), importId)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such import"));
        return HttpResponse.ok(new ModelAndView<>("register/import", ImportProgressPage.of(round, area(round), row, stalled(row))));
    }

    /** For the progress script: how far the import is, as JSON. */
    @Get("/inlezen/{importId}/voortgang")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> progressJson(Staff staff, long id, long importId) {
        Round round = round(staff, id, AccessPolicy.Action.REVIEW_ROUNDS);
        RegisterStore.ImportRow row = store.importOf(round.id(), importId)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such import"));
        Map<String, Object> progress = Map.of("running", row.state() == RegisterStore.ImportState.RUNNING && !stalled(row),
                "rowsRead", row.rowsRead(), "rowsTotal", row.rowsTotal());
        return HttpResponse.ok(progress).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The zip of letters and the mailing-house CSV, straight to the browser; the server keeps no copy. */
    @Post("/brieven")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> letters(Staff staff, long id, @Body MultipartBody body) {
        Round round = round(staff, id, AccessPolicy.Action.MANAGE_REGISTER);
        MultipartForm posted = MultipartForm.read(body);
        FormData form = posted.form();
        IssueLetters.Who who = "iedereen".equals(form.text("wie")) ? IssueLetters.Who.EVERYONE : IssueLetters.Who.WITHOUT_CODE;
        Optional<String> wijk = Optional.of(form.text("wijk")).filter(w -> round.settings().budgets().containsKey(w));
        IssueLetters.Outcome outcome = issueLetters.issue(staff, round, posted.file("brievenbestand"), who, wijk);
        if (!outcome.ok()) {
            return HttpResponse.badRequest(new ModelAndView<>("register/admin",
                    page(staff, round, Map.of("brievenbestand", outcome.problem()), List.of(), null)));
        }
        try {
            InputStream zip = Files.newInputStream(outcome.zip());
            // Unlinked at once: the open stream still reads it, and no other process can.
            IssueLetters.deleteQuietly(outcome.zip());
            return HttpResponse.ok(new StreamedFile(zip, MediaType.of("application/zip"))
                            .attach("brieven-ronde-" + id + ".zip"))
                    .header("Cache-Control", "no-store");
        } catch (IOException e) {
            IssueLetters.deleteQuietly(outcome.zip());
            throw new UncheckedIOException(e);
        }
    }

    private RegisterAdminPage page(Staff staff, Round round, Map<String, String> errors, List<String> columns, String notice) {
        return RegisterAdminPage.of(round, area(round), store.countsPerWijk(round.id()),
                store.latestImport(round.id()).orElse(null),
                AccessPolicy.allows(staff, AccessPolicy.Action.MANAGE_REGISTER, round.areaCode()), errors, columns, notice);
    }

    private boolean stalled(RegisterStore.ImportRow row) {
        return row.state() == RegisterStore.ImportState.RUNNING && row.aliveAt().isBefore(clock.instant().minus(STALLED));
    }

    private Area area(Round round) {
        return areas.area(round.areaCode()).orElseThrow();
    }

    private Round round(Staff staff, long id, AccessPolicy.Action action) {
        Round round = rounds.findForStaff(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such round"));
        Authorize.require(staff, action, round.areaCode());
        return round;
    }
}
