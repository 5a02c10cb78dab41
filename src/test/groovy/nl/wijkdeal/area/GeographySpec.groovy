package nl.wijkdeal.area

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

import javax.sql.DataSource

/** The geography on real PostgreSQL, with the demo data loaded at start-up. */
@MicronautTest(transactional = false)
class GeographySpec extends Specification {

    @Inject AreaDirectory directory
    @Inject ImportGeography importGeography
    @Inject DataSource dataSource

    def "demo mode loads the 7 gebieden and 20 wijken of Groningen"() {
        when:
        def areas = directory.all()

        then:
        areas.size() == 7
        areas.sum { it.neighbourhoods().size() } == 20
        areas*.name() == areas*.name().sort()
        directory.area('zuid').get().neighbourhoods()*.cbsCode() as Set ==
                ['WK001401', 'WK001405', 'WK001406', 'WK001407'] as Set
    }

    def "a postcode finds its wijk through the ranges: #pc4 -> #wijk"() {
        expect:
        directory.neighbourhoodOfPostcode(pc4) == Optional.ofNullable(wijk)

        where:
        pc4  || wijk
        9711 || 'WK001400'
        9712 || 'WK001400'
        9722 || 'WK001406'
        9746 || 'WK001410'
        9479 || 'WK001419'
        9743 || 'WK001409'
        1012 || null
    }

    def "importing the same file again changes nothing (safe at every start)"() {
        given:
        def before = directory.all()

        when:
        importGeography.importRows(GeographyCsv.parse(new InputStreamReader(
                getClass().classLoader.getResourceAsStream('demo/groningen-wijken.csv'), 'UTF-8')))

        then:
        directory.all() == before
    }

    def "the database refuses a postcode in two wijken, and the whole import is undone"() {
        given: 'a new gebied whose wijk claims 9722, which belongs to Helpman'
        def rows = [
                new GeographyCsv.Row('WK001490', 'Proefwijk', 'Proefgebied', null, [new PostcodeRange(9990, 9991)]),
                new GeographyCsv.Row('WK001491', 'Dubbelwijk', 'Proefgebied', null, [new PostcodeRange(9722, 9722)])]

        when:
        importGeography.importRows(rows)

        then:
        thrown(Exception)
        !directory.area('proefgebied').isPresent()
        !directory.neighbourhood('WK001490').isPresent()
        directory.neighbourhoodOfPostcode(9722) == Optional.of('WK001406')
    }

    def "the schema forbids malformed codes even when written by hand"() {
        when:
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            c.createStatement().execute("INSERT INTO neighbourhood (cbs_code, name, area_code) VALUES ('X1', 'Fout', 'zuid')")
        }

        then:
        def e = thrown(java.sql.SQLException)
        e.SQLState == '23514'
    }
}
