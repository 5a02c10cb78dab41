package nl.wijkdeal.area;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Loads gebieden and wijken from a geography file, all or nothing. Running it again with the same
 * (or a corrected) file updates names and postcodes in place, so it is safe at every start-up.
 */
@Singleton
public class ImportGeography {

    private final AreaRepository areas;
    private final NeighbourhoodRepository neighbourhoods;
    private final PostcodeRangeRepository ranges;
    private final AreaDirectory directory;

    ImportGeography(AreaRepository areas, NeighbourhoodRepository neighbourhoods, PostcodeRangeRepository ranges,
                    AreaDirectory directory) {
        this.areas = areas;
        this.neighbourhoods = neighbourhoods;
        this.ranges = ranges;
        this.directory = directory;
    }

    @Transactional
    public void importRows(List<GeographyCsv.Row> rows) {
        for (GeographyCsv.Row row : rows) {
            areas.upsert(row.areaCode(), row.areaName());
        }
        for (GeographyCsv.Row row : rows) {
            neighbourhoods.upsert(row.cbsCode(), row.wijk(), row.areaCode(), row.population());
            ranges.deleteByNeighbourhoodCode(row.cbsCode());
        }
        // Ranges last: the exclusion constraint compares them with every other wijk's ranges.
        for (GeographyCsv.Row row : rows) {
            for (PostcodeRange range : row.postcodes()) {
                ranges.insert(row.cbsCode(), range.first(), range.last());
            }
        }
        directory.forget();
    }
}
