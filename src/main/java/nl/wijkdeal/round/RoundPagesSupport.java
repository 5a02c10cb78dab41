package nl.wijkdeal.round;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.Neighbourhood;

import java.util.List;

/** Small things the round pages and use cases share. */
final class RoundPagesSupport {

    private RoundPagesSupport() {
    }

    static List<String> wijkCodes(Area area) {
        return area.neighbourhoods().stream().map(Neighbourhood::cbsCode).toList();
    }

    static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "no such round");
    }
}
