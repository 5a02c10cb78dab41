package nl.wijkdeal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.Duration;

/**
 * The language switch is a plain link (works without JavaScript): it remembers the choice in a
 * cookie and goes back to the page the visitor was on. A GET is fine here: it changes a display
 * preference only, like a bookmark would.
 */
@Hidden
@Controller("/taal")
class LanguageController {

    @Get("/{code}")
    HttpResponse<?> choose(String code, @Nullable @QueryValue("terug") String back) {
        Language language = Language.fromCode(code).orElse(Language.NL);
        Cookie cookie = Cookie.of(Language.COOKIE, language.code())
                .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite(SameSite.Lax);
        return HttpResponse.seeOther(URI.create(localPath(back))).cookie(cookie);
    }

    /** Only a path on this site, so the link cannot send people elsewhere (open redirect). */
    static String localPath(@Nullable String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getHost() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
