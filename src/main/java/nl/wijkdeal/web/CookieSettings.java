package nl.wijkdeal.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

/**
 * How our cookies are made. Behind HTTPS (wijkdeal.secure-cookies=true, the default outside demo
 * mode is up to the operator) they are Secure and use the __Host- prefix, which a sub-domain cannot
 * overwrite. Always HttpOnly (no script reads them) and SameSite=Lax (not sent on cross-site posts).
 */
@Singleton
public class CookieSettings {

    private final boolean secure;

    CookieSettings(@Value("${wijkdeal.secure-cookies:false}") boolean secure) {
        this.secure = secure;
    }

    public String name(String base) {
        return secure ? "__Host-" + base : base;
    }

    /** A cookie that ends with the browser session. */
    public Cookie session(String name, String value) {
        return Cookie.of(name, value).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/");
    }

    public Cookie expired(String name) {
        return session(name, "").maxAge(0);
    }
}
