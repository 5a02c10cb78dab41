package nl.wijkdeal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import nl.wijkdeal.kernel.SecretToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * Cross-site request forgery protection for every form, also those shown before any login
 * ("double submit"): the browser holds a random token in an HttpOnly SameSite cookie, every form
 * repeats it in a hidden field, and a state-changing request whose field does not match the cookie
 * is refused. Another site can make a browser post, but it can neither read nor set our cookie.
 * Stateless, so any instance can check any form. A request from another origin is refused outright.
 * The JSON API under /api is exempt: browsers cannot send JSON across sites without CORS, which we
 * do not allow. Forms with a file (multipart) carry the token the same way, as their first field.
 * So are unsubscribe links (/afmelden/): the signed token in the path is the
 * authorisation, and a mail program's one-click POST (RFC 8058) has neither our cookie nor a form.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class Csrf implements Ordered {

    public static final String FIELD = "csrf";
    static final String TOKEN_ATTRIBUTE = "wijkdeal.csrf.token";
    static final String NEW_ATTRIBUTE = "wijkdeal.csrf.new";
    /** How far into a multipart body the token is looked for. */
    static final int MULTIPART_HEAD = 16 * 1024;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final FilterBodyParser bodies;
    private final CookieSettings cookies;

    Csrf(FilterBodyParser bodies, CookieSettings cookies) {
        this.bodies = bodies;
        this.cookies = cookies;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request) {
        String cookie = request.getCookies().findCookie(cookies.name("csrf")).map(Cookie::getValue).orElse(null);
        if (cookie == null || cookie.length() != 43) {
            cookie = fresh();
            request.setAttribute(NEW_ATTRIBUTE, true);
        }
        request.setAttribute(TOKEN_ATTRIBUTE, cookie);
        if (SAFE.contains(request.getMethod()) || request.getPath().startsWith("/api/")
                || request.getPath().startsWith("/afmelden/")) {
            return null;
        }
        if (crossOrigin(request) || request.getAttribute(NEW_ATTRIBUTE).isPresent()) {
            throw refused();
        }
        MediaType type = request.getContentType().orElse(null);
        String given;
        if (type != null && type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            // Waits on a worker thread for the (small, size-limited) form body; the controller reads it again.
            given = first(bodies.parseBody(request).join().get(FIELD));
        } else if (type != null && type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            given = multipartToken(request, type);
        } else {
            throw refused();
        }
        if (!matches(cookie, given)) {
            throw refused();
        }
        return null;
    }

    /**
     * The token of a multipart form (one with a file). Micronaut's body parser for filters does not
     * read multipart, and the whole body may be megabytes of photo: this reads a copy of only its
     * first {@link #MULTIPART_HEAD} bytes, where the token is, as {@code {{csrf}}} is the first field
     * of every form (browsers send fields in order). The rest streams on to the controller untouched.
     */
    private static String multipartToken(HttpRequest<?> request, MediaType type) {
        String boundary = type.getParameters().get("boundary").orElse("");
        if (boundary.length() > 1 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
            boundary = boundary.substring(1, boundary.length() - 1);
        }
        if (boundary.isEmpty() || boundary.length() > 200 || !(request instanceof ServerHttpRequest<?> server)) {
            return null;
        }
        try (CloseableByteBody copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST);
             InputStream in = copy.toInputStream()) {
            return MultipartHead.field(in.readNBytes(MULTIPART_HEAD), boundary, FIELD);
        } catch (IOException | RuntimeException e) {
            // A broken or cut-off body: no token could be read, so the request is refused.
            return null;
        }
    }

    /** Sets the cookie only when a page actually carried a form: no cookie for mere reading. */
    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(NEW_ATTRIBUTE).isPresent() && request.getAttribute(PageRenderer.FORM_SHOWN).isPresent()) {
            response.cookie(cookies.session(cookies.name("csrf"), request.getAttribute(TOKEN_ATTRIBUTE, String.class).orElseThrow()));
        }
    }

    /** The token for the hidden field of a form on this request's page. */
    static String token(HttpRequest<?> request) {
        return request.getAttribute(TOKEN_ATTRIBUTE, String.class).orElse("");
    }

    private String fresh() {
        return SecretToken.create();
    }

    /** Browsers send Origin on every POST; when it is there it must be us. */
    private static boolean crossOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        String host = request.getHeaders().get("Host");
        return host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String first(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : value.toString();
    }

    private static HttpStatusException refused() {
        return new HttpStatusException(HttpStatus.FORBIDDEN, "csrf");
    }
}
