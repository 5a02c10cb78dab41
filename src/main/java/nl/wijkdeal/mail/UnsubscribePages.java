package nl.wijkdeal.mail;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.web.FormData;

import java.net.URI;
import java.util.Map;

/**
 * The unsubscribe link of a mail, without a login. Opening it (GET) only asks: virus scanners and
 * link previews open every link in a mail, and must not unsubscribe anyone. The button, or a mail
 * program's one-click POST (RFC 8058, body {@code List-Unsubscribe=One-Click}), opts out. The signed
 * token in the path is what authorises, so these POSTs carry no CSRF field (see {@code Csrf}).
 */
@Hidden
@Controller("/afmelden")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnsubscribePages {

    /** @param done whether the visitor has opted out (the confirmation) or is being asked */
    record UnsubscribePage(String kind, String action, boolean done) {
    }

    private final Unsubscribe unsubscribe;

    UnsubscribePages(Unsubscribe unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @Get("/{kind}/{token}{?klaar}")
    HttpResponse<?> ask(String kind, String token, @Nullable String klaar) {
        if (!unsubscribe.genuine(kind, token)) {
            throw notOurs();
        }
        return HttpResponse.ok(new ModelAndView<>("mail/unsubscribe", new UnsubscribePage(kind,
                Unsubscribe.PATH + kind + "/" + token, klaar != null)));
    }

    @Post("/{kind}/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> optOut(String kind, String token, @Nullable @Body Map<String, Object> body) {
        if (!unsubscribe.optOut(kind, token)) {
            throw notOurs();
        }
        if ("One-Click".equals(FormData.of(body).text("List-Unsubscribe"))) {
            // A mail program, not a person: it wants a plain success, not a redirect to follow.
            return HttpResponse.ok(new ModelAndView<>("mail/unsubscribe", new UnsubscribePage(kind, null, true)));
        }
        return HttpResponse.seeOther(URI.create(Unsubscribe.PATH + kind + "/" + token + "?klaar=1"));
    }

    private static HttpStatusException notOurs() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "no such unsubscribe link");
    }
}
