package nl.wijkdeal.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.web.CookieSettings;
import nl.wijkdeal.web.FormData;

import java.net.URI;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Logging in and out, and changing one's own password. */
@Hidden
@Controller("/beheer")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffPages {

    record LoginPage(String email, String terug, String bewaard, String error, String lockedUntil) {
    }

    record PasswordPage(String error, String newError) {
    }

    private final LogIn logIn;
    private final Sessions sessions;
    private final ChangePassword changePassword;
    private final CookieSettings cookies;
    private final nl.wijkdeal.audit.AuditLog audit;
    private final Clock clock;

    StaffPages(LogIn logIn, Sessions sessions, ChangePassword changePassword, CookieSettings cookies,
               nl.wijkdeal.audit.AuditLog audit, Clock clock) {
        this.clock = clock;
        this.logIn = logIn;
        this.sessions = sessions;
        this.changePassword = changePassword;
        this.cookies = cookies;
        this.audit = audit;
    }

    @Get("/inloggen{?terug,bewaard}")
    HttpResponse<?> loginForm(HttpRequest<?> request, @Nullable String terug, @Nullable String bewaard) {
        if (request.getAttribute(StaffSessionFilter.STAFF).isPresent()) {
            return HttpResponse.seeOther(URI.create(ReturnPath.safe(terug).orElse("/beheer")));
        }
        return HttpResponse.ok(new ModelAndView<>("staff/login",
                new LoginPage("", ReturnPath.safe(terug).orElse(""), bewaard == null ? "" : bewaard, null, null)));
    }

    @Post("/inloggen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, Object> body) {
        FormData form = FormData.of(body);
        String terug = ReturnPath.safe(form.text("terug")).orElse("");
        String bewaard = form.text("bewaard").matches("[0-9a-f]{64}") ? form.text("bewaard") : "";
        LogIn.Outcome outcome = logIn.logIn(form.text("email"), form.text("password"));
        if (outcome instanceof LogIn.LoggedIn in) {
            // A new session id at every login; whatever session the browser had before is ended.
            sessions.end(StaffSessionFilter.sessionCookie(request, cookies));
            String target = terug.isEmpty() ? "/beheer"
                    : terug + (bewaard.isEmpty() ? "" : (terug.contains("?") ? "&" : "?") + "bewaard=" + bewaard);
            return HttpResponse.seeOther(URI.create(target))
                    .cookie(cookies.session(cookies.name(StaffSessionFilter.COOKIE), in.sessionCookie()));
        }
        String lockedUntil = outcome instanceof LogIn.Locked locked
                ? DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone()).format(locked.until())
                : null;
        String error = lockedUntil == null ? "staff.login.error.wrong" : "staff.login.error.locked";
        return HttpResponse.badRequest(new ModelAndView<>("staff/login",
                new LoginPage(form.text("email"), terug, bewaard, error, lockedUntil)));
    }

    @Post("/uitloggen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logout(HttpRequest<?> request, Staff staff) {
        sessions.end(StaffSessionFilter.sessionCookie(request, cookies));
        audit.append(staff.asActor(), null, "staff.logout", null, Map.of());
        return HttpResponse.seeOther(URI.create("/")).cookie(cookies.expired(cookies.name(StaffSessionFilter.COOKIE)));
    }

    @View("staff/password")
    @Get("/wachtwoord")
    PasswordPage passwordForm(Staff staff) {
        return new PasswordPage(null, null);
    }

    @Post("/wachtwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changePassword(HttpRequest<?> request, Staff staff, @Body Map<String, Object> body) {
        FormData form = FormData.of(body);
        var problem = changePassword.change(staff, StaffSessionFilter.sessionCookie(request, cookies),
                form.text("current"), form.text("password"), form.text("repeat"));
        if (problem.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/beheer?melding=wachtwoord"));
        }
        String newError = problem.get() == ChangePassword.Reason.NEW_INVALID
                ? "staff.password.error." + PasswordRules.check(form.text("password"), form.text("repeat"), staff.email())
                        .orElseThrow().name().toLowerCase(java.util.Locale.ROOT)
                : null;
        String currentError = problem.get() == ChangePassword.Reason.CURRENT_WRONG ? "staff.password.error.current" : null;
        return HttpResponse.badRequest(new ModelAndView<>("staff/password", new PasswordPage(currentError, newError)));
    }
}
