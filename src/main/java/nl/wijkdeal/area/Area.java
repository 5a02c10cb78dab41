package nl.wijkdeal.area;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A gebied with its wijken, in the order residents know them (by name). */
@Serdeable
public record Area(String code, String name, List<Neighbourhood> neighbourhoods) {
}
