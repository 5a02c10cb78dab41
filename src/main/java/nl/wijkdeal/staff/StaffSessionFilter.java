package nl.wijkdeal.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.wijkdeal.web.CookieSettings;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.PageRenderer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Every staff page (/beheer) needs a live session; without one the visitor is sent to the login
 * page and, after logging in, back to where they were. A form posted after the session ran out is
 * kept (see {@link KeptForms}) so the work is not lost.
 */
@ServerFilter("/beheer/**")
class StaffSessionFilter implements Ordered {

    static final String STAFF = "wijkdeal.staff";
    static final String COOKIE = "sessie";
    static final String LOGIN = "/beheer/inloggen";

    private final Sessions sessions;
    private final KeptForms keptForms;
    private final FilterBodyParser bodies;
    private final CookieSettings cookies;

    StaffSessionFilter(Sessions sessions, KeptForms keptForms, FilterBodyParser bodies, CookieSettings cookies) {
        this.sessions = sessions;
        this.keptForms = keptForms;
        this.bodies = bodies;
        this.cookies = cookies;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> requireSession(HttpRequest<?> request) {
        Optional<Staff> staff = sessions.find(sessionCookie(request, cookies));
        if (staff.isPresent()) {
            request.setAttribute(STAFF, staff.get());
            request.setAttribute(PageRenderer.STAFF_NAME, staff.get().name());
            return null;
        }
        String path = request.getPath();
        if (path.equals(LOGIN)) {
            return null;
        }
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return HttpResponse.seeOther(URI.create(LOGIN + "?terug=" + encode(request.getUri().toString())));
        }
        FormData form = FormData.of(bodies.parseBody(request).join());
        String formPage = ReturnPath.safe(form.text("terug")).orElse("/beheer");
        String kept = keptForms.keep(formPage, form);
        return HttpResponse.seeOther(URI.create(LOGIN + "?terug=" + encode(formPage) + "&bewaard=" + kept));
    }

    static String sessionCookie(HttpRequest<?> request, CookieSettings cookies) {
        return request.getCookies().findCookie(cookies.name(COOKIE)).map(Cookie::getValue).orElse(null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
