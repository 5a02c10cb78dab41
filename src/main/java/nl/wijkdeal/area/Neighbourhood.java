package nl.wijkdeal.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.stream.Collectors;

/** A wijk: a CBS neighbourhood with the postcodes that belong to it. */
@Serdeable
public record Neighbourhood(String cbsCode, String name, String areaCode, @Nullable Integer population,
                            List<PostcodeRange> postcodes) {

    public String postcodeLabel() {
        return postcodes.stream().map(PostcodeRange::label).collect(Collectors.joining(", "));
    }
}
