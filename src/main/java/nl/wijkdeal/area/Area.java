package nl.wijkdeal.area;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A gebied with its wijken, in the order residents know them (by name). */
@Serdeable
public record Area(String code, String name, List<Neighbourhood> neighbourhoods) {

    /** The name of one of its wijken, or the code itself when it is not one of them. */
    public String nameOf(String cbsCode) {
        return neighbourhoods.stream().filter(n -> n.cbsCode().equals(cbsCode)).map(Neighbourhood::name)
                .findFirst().orElse(cbsCode);
    }
}
