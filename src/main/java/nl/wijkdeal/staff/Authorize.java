package nl.wijkdeal.staff;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/** The controllers' side of {@link AccessPolicy}: a refusal becomes the 403 page. */
public final class Authorize {

    private Authorize() {
    }

    public static void require(Staff staff, AccessPolicy.Action action, String areaCode) {
        if (!AccessPolicy.allows(staff, action, areaCode)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "forbidden");
        }
    }
}
