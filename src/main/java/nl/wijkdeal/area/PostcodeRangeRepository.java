package nl.wijkdeal.area;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.wijkdeal.area.GeographyRows.PostcodeRangeRow;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostcodeRangeRepository extends GenericRepository<PostcodeRangeRow, Long> {

    List<PostcodeRangeRow> findAllOrderByFirstPc4();

    @Query("DELETE FROM postcode_range WHERE neighbourhood_code = :neighbourhoodCode")
    void deleteByNeighbourhoodCode(String neighbourhoodCode);

    @Query("INSERT INTO postcode_range (neighbourhood_code, first_pc4, last_pc4) VALUES (:neighbourhoodCode, :firstPc4, :lastPc4)")
    void insert(String neighbourhoodCode, int firstPc4, int lastPc4);
}
