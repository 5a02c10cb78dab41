package nl.wijkdeal.area;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.wijkdeal.area.GeographyRows.AreaRow;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AreaRepository extends GenericRepository<AreaRow, String> {

    List<AreaRow> findAllOrderByName();

    @Query("INSERT INTO area (code, name) VALUES (:code, :name) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name")
    void upsert(String code, String name);
}
