package nl.wijkdeal.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.wijkdeal.area.GeographyRows.NeighbourhoodRow;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NeighbourhoodRepository extends GenericRepository<NeighbourhoodRow, String> {

    List<NeighbourhoodRow> findAllOrderByName();

    @Query("""
            INSERT INTO neighbourhood (cbs_code, name, area_code, population)
            VALUES (:cbsCode, :name, :areaCode, :population)
            ON CONFLICT (cbs_code) DO UPDATE
            SET name = EXCLUDED.name, area_code = EXCLUDED.area_code, population = EXCLUDED.population""")
    void upsert(String cbsCode, String name, String areaCode, @Nullable Integer population);
}
