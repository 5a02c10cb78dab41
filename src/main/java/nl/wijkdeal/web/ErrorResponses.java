package nl.wijkdeal.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Every error Micronaut produces (unknown URL, bad parameter, malformed JSON, request too large,
 * unexpected exception) passes through here: API requests get application/problem+json, people get
 * a page in their language. The framework's own message is never shown, as it can name classes.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ErrorResponses implements ErrorResponseProcessor<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final PageRenderer<Object> pages;
    private final Messages messages;

    ErrorResponses(PageRenderer<Object> pages, Messages messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext error, MutableHttpResponse<?> response) {
        HttpRequest<?> request = error.getRequest();
        HttpStatus status = response.getStatus();
        Language language = Language.of(request);
        String kind = kind(status, error);
        String title = messages.get(language, "error." + kind + ".title");
        String explanation = messages.get(language, "error." + kind + ".text");
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        if (wantsJson(request)) {
            answer.body(new Problem("about:blank", title, status.getCode(), explanation, request.getPath()));
            return answer.contentType(Problem.MEDIA_TYPE);
        }
        try {
            answer.body(pages.renderToString("error/error", new ErrorPage(status.getCode(), title, explanation), request));
            return answer.contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        } catch (RuntimeException e) {
            // The error page itself failed: still no stack trace for the visitor.
            LOG.error("error page could not be rendered", e);
            answer.body(title + "\n\n" + explanation);
            return answer.contentType(MediaType.TEXT_PLAIN_TYPE);
        }
    }

    /** Which text to show: a few causes get a sentence of their own, the rest one per status. */
    private static String kind(HttpStatus status, ErrorContext error) {
        Throwable cause = error.getRootCause().orElse(null);
        if (status == HttpStatus.FORBIDDEN && cause != null && "csrf".equals(cause.getMessage())) {
            return "csrf";
        }
        if (status == HttpStatus.BAD_REQUEST && cause != null) {
            String type = cause.getClass().getName();
            if (type.contains("Json") || type.contains("Serde") || type.contains("jackson")) {
                return "json";
            }
            if (cause instanceof ConversionErrorException) {
                return "parameter";
            }
        }
        return switch (status.getCode()) {
            case 400, 403, 404, 405, 413, 415, 500 -> Integer.toString(status.getCode());
            default -> status.getCode() >= 500 ? "500" : "400";
        };
    }

    private static boolean wantsJson(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return !lower.contains("text/html") && (lower.contains("json"));
    }
}
