package nl.wijkdeal.area

import spock.lang.Specification

class GeographyCsvSpec extends Specification {

    def "reads the Groningen demo file: 20 wijken in 7 gebieden"() {
        when:
        def rows = GeographyCsv.parse(new InputStreamReader(
                getClass().classLoader.getResourceAsStream('demo/groningen-wijken.csv'), 'UTF-8'))

        then:
        rows.size() == 20
        rows*.areaCode().unique().sort() == ['centrum', 'haren', 'oost', 'oude-wijken', 'ten-boer', 'west', 'zuid']
        with(rows.find { it.cbsCode() == 'WK001410' }) {
            wijk() == 'Noordwest'
            postcodes() == [new PostcodeRange(9741, 9742), new PostcodeRange(9746, 9747)]
        }
        rows.find { it.cbsCode() == 'WK001402' }.postcodes() == [new PostcodeRange(9718, 9718)]
        rows.find { it.cbsCode() == 'WK001400' }.population() == 22730
        rows.find { it.cbsCode() == 'WK001406' }.population() == null
    }

    def "names the line and the problem: #problem"() {
        when:
        GeographyCsv.parse(new StringReader("# comment\ncbs_code;wijk;gebied;postcodes\n" + line))

        then:
        def e = thrown(GeographyCsv.FormatProblem)
        e.message == "regel 3: " + problem

        where:
        line                           || problem
        'WK12;Centrum;Centrum;9711'    || "'WK12' is geen CBS-wijkcode (zoals WK001401)"
        'WK001400;Centrum;Centrum;97x' || "postcodes '97x' zijn geen reeks van vier cijfers (zoals 9711-9712)"
        'WK001400;Centrum;Centrum;9712-9711' || "postcodes '9712-9711' zijn geen reeks van vier cijfers (zoals 9711-9712)"
        'WK001400;;Centrum;9711'       || 'de naam van de wijk of het gebied ontbreekt'
        'WK001400;Centrum'             || 'er zijn 2 kolommen, verwacht 4'
    }

    def "a file without the postcodes column is refused at its header"() {
        when:
        GeographyCsv.parse(new StringReader("cbs_code;wijk;gebied\n"))

        then:
        def e = thrown(GeographyCsv.FormatProblem)
        e.message == "regel 1: de kolom 'postcodes' ontbreekt in de kopregel"
    }

    def "gebied codes are readable URL parts: #name -> #slug"() {
        expect:
        GeographyCsv.slug(name) == slug

        where:
        name                 || slug
        'Oude Wijken'        || 'oude-wijken'
        'Ten Boer'           || 'ten-boer'
        'Zuid'               || 'zuid'
        'Glimmen–Onnen é'    || 'glimmen-onnen-e'
    }
}
