package nl.wijkdeal.area;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.wijkdeal.area.GeographyRows.NeighbourhoodRow;
import nl.wijkdeal.area.GeographyRows.PostcodeRangeRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The geography from the database: three small queries in one read-only transaction, assembled in memory. */
@Singleton
class GeographyReader {

    private final AreaRepository areas;
    private final NeighbourhoodRepository neighbourhoods;
    private final PostcodeRangeRepository ranges;

    GeographyReader(AreaRepository areas, NeighbourhoodRepository neighbourhoods, PostcodeRangeRepository ranges) {
        this.areas = areas;
        this.neighbourhoods = neighbourhoods;
        this.ranges = ranges;
    }

    @ReadOnly
    List<Area> read() {
        Map<String, List<PostcodeRange>> postcodes = ranges.findAllOrderByFirstPc4().stream()
                .collect(Collectors.groupingBy(PostcodeRangeRow::neighbourhoodCode,
                        Collectors.mapping(r -> new PostcodeRange(r.firstPc4(), r.lastPc4()), Collectors.toList())));
        Map<String, List<Neighbourhood>> wijken = new HashMap<>();
        for (NeighbourhoodRow row : neighbourhoods.findAllOrderByName()) {
            wijken.computeIfAbsent(row.areaCode(), k -> new ArrayList<>()).add(new Neighbourhood(
                    row.cbsCode(), row.name(), row.areaCode(), row.population(),
                    postcodes.getOrDefault(row.cbsCode(), List.of())));
        }
        return areas.findAllOrderByName().stream()
                .map(a -> new Area(a.code(), a.name(), List.copyOf(wijken.getOrDefault(a.code(), List.of()))))
                .toList();
    }
}
