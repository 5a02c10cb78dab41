package nl.wijkdeal.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Table rows of the geography; pages and the API read the assembled {@link Area} instead. */
final class GeographyRows {

    private GeographyRows() {
    }

    @MappedEntity("area")
    record AreaRow(@Id String code, String name) {
    }

    @MappedEntity("neighbourhood")
    record NeighbourhoodRow(@Id String cbsCode, String name, String areaCode, @Nullable Integer population) {
    }

    @MappedEntity("postcode_range")
    record PostcodeRangeRow(@Id @GeneratedValue @Nullable Long id, String neighbourhoodCode, int firstPc4, int lastPc4) {
    }
}
