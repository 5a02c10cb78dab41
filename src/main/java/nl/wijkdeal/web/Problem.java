package nl.wijkdeal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An RFC 9457 problem document: what every API error answers, as application/problem+json. */
@Serdeable
public record Problem(String type, String title, int status, String detail, @Nullable String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
