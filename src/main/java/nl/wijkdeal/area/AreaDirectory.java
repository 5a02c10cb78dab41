package nl.wijkdeal.area;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.wijkdeal.area.GeographyRows.NeighbourhoodRow;
import nl.wijkdeal.area.GeographyRows.PostcodeRangeRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the geography as residents see it: every gebied with its wijken and postcodes. Three small
 * queries and an assembly in memory; a municipality has tens of wijken, not thousands.
 */
@Singleton
public class AreaDirectory {

    private final AreaRepository areas;
    private final NeighbourhoodRepository neighbourhoods;
    private final PostcodeRangeRepository ranges;

    AreaDirectory(AreaRepository areas, NeighbourhoodRepository neighbourhoods, PostcodeRangeRepository ranges) {
        this.areas = areas;
        this.neighbourhoods = neighbourhoods;
        this.ranges = ranges;
    }

    @ReadOnly
    public List<Area> all() {
        Map<String, List<PostcodeRange>> postcodes = ranges.findAllOrderByFirstPc4().stream()
                .collect(Collectors.groupingBy(PostcodeRangeRow::neighbourhoodCode,
                        Collectors.mapping(r -> new PostcodeRange(r.firstPc4(), r.lastPc4()), Collectors.toList())));
        Map<String, List<Neighbourhood>> wijken = new java.util.HashMap<>();
        for (NeighbourhoodRow row : neighbourhoods.findAllOrderByName()) {
            wijken.computeIfAbsent(row.areaCode(), k -> new ArrayList<>()).add(new Neighbourhood(
                    row.cbsCode(), row.name(), row.areaCode(), row.population(),
                    postcodes.getOrDefault(row.cbsCode(), List.of())));
        }
        return areas.findAllOrderByName().stream()
                .map(a -> new Area(a.code(), a.name(), List.copyOf(wijken.getOrDefault(a.code(), List.of()))))
                .toList();
    }

    @ReadOnly
    public Optional<Area> area(String code) {
        return all().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The wijk a PC4 postcode belongs to; the database guarantees at most one. */
    @ReadOnly
    public Optional<String> neighbourhoodOfPostcode(int pc4) {
        return ranges.findNeighbourhoodCode(pc4);
    }

    @ReadOnly
    public Optional<Neighbourhood> neighbourhood(String cbsCode) {
        return all().stream().flatMap(a -> a.neighbourhoods().stream())
                .filter(n -> n.cbsCode().equals(cbsCode)).findFirst();
    }
}
