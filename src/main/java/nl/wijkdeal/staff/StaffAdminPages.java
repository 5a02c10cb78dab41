package nl.wijkdeal.staff;

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
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.web.FormData;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admin's staff pages: who has an account, a new account, a new password for a colleague. A
 * generated password is shown once, on a page the browser must not keep (no-store).
 */
@Hidden
@Controller("/beheer/medewerkers")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffAdminPages {

    record Person(long id, String name, String email, String role, List<String> areas) {
    }

    record ListPage(List<Person> people) {
    }

    record AreaChoice(String code, String name, boolean chosen) {
    }

    record RoleChoice(String value, boolean checked) {
    }

    record NewPage(Map<String, String> values, Map<String, String> errors, List<RoleChoice> roles, List<AreaChoice> areas,
                   boolean hasErrors) {
    }

    /** @param kind "created" for a new account, "reset" for a new password */
    record PasswordShown(Person person, String password, String kind) {
    }

    private final StaffAccounts accounts;
    private final CreateStaffAccount createAccount;
    private final ResetPassword resetPassword;
    private final AreaDirectory areas;

    StaffAdminPages(StaffAccounts accounts, CreateStaffAccount createAccount, ResetPassword resetPassword, AreaDirectory areas) {
        this.accounts = accounts;
        this.createAccount = createAccount;
        this.resetPassword = resetPassword;
        this.areas = areas;
    }

    @Get
    HttpResponse<?> list(Staff admin) {
        Authorize.require(admin, AccessPolicy.Action.MANAGE_STAFF, null);
        Map<String, String> names = areaNames();
        return HttpResponse.ok(new ModelAndView<>("staff/list",
                new ListPage(accounts.all().stream().map(staff -> person(staff, names)).toList())));
    }

    @Get("/nieuw")
    HttpResponse<?> newForm(Staff admin) {
        Authorize.require(admin, AccessPolicy.Action.MANAGE_STAFF, null);
        return HttpResponse.ok(new ModelAndView<>("staff/new", newPage(FormData.of(Map.of()), Map.of())));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Staff admin, @Body Map<String, Object> body) {
        Authorize.require(admin, AccessPolicy.Action.MANAGE_STAFF, null);
        FormData form = FormData.of(body);
        var request = new CreateStaffAccount.Request(form.text("email"), form.text("name"), form.text("role"), form.all("area"));
        CreateStaffAccount.Result result = createAccount.create(request, admin);
        if (result instanceof CreateStaffAccount.Created created) {
            return passwordPage(new PasswordShown(person(created.staff(), areaNames()), created.password(), "created"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("staff/new",
                newPage(form, ((CreateStaffAccount.Refusal) result).errors())));
    }

    @Post("/{id}/nieuw-wachtwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> newPassword(Staff admin, long id) {
        Authorize.require(admin, AccessPolicy.Action.MANAGE_STAFF, null);
        ResetPassword.Reset reset = resetPassword.reset(admin, id)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such account"));
        return passwordPage(new PasswordShown(person(reset.staff(), areaNames()), reset.password(), "reset"));
    }

    private static HttpResponse<?> passwordPage(PasswordShown shown) {
        return HttpResponse.ok(new ModelAndView<>("staff/password-shown", shown)).header("Cache-Control", "no-store");
    }

    private NewPage newPage(FormData form, Map<String, String> errors) {
        Map<String, String> values = Map.of("email", form.text("email"), "name", form.text("name"));
        String role = form.text("role");
        List<RoleChoice> roles = java.util.Arrays.stream(Role.values()).map(r -> new RoleChoice(r.key(), r.key().equals(role))).toList();
        List<String> chosen = form.all("area");
        List<AreaChoice> choices = areas.all().stream()
                .map(area -> new AreaChoice(area.code(), area.name(), chosen.contains(area.code()))).toList();
        return new NewPage(values, errors, roles, choices, !errors.isEmpty());
    }

    /** Gebied code -> name, read once per page (each lookup by code reads every gebied). */
    private Map<String, String> areaNames() {
        return areas.all().stream().collect(Collectors.toMap(Area::code, Area::name));
    }

    private static Person person(Staff staff, Map<String, String> areaNames) {
        List<String> names = staff.areas().stream().sorted().map(code -> areaNames.getOrDefault(code, code)).toList();
        return new Person(staff.id(), staff.name(), staff.email(), staff.role().key(), names);
    }
}
