package nl.wijkdeal.result.recount

import nl.wijkdeal.tally.pabulib.PabulibReader
import spock.lang.Specification

import java.nio.charset.StandardCharsets

class ResultFilesSpec extends Specification {

    def "uitslag.csv: BOM, semicolons, one row per plan in place order, ja/nee, a Dutch reason"() {
        when:
        def text = new String(ResultCsv.bytes(Results.wijken()[0].result()), StandardCharsets.UTF_8)
        def rows = text.substring(1).split('\r\n') as List

        then:
        text.startsWith('\uFEFF')
        rows[0] == 'plaats;plan;titel;kosten;score;kiezers;berekend_gekozen;vastgesteld_gekozen;reden'
        rows[1] == '1;2;"Bankjes ""aan"" de vijver";30000;7;7;ja;ja;gekozen in ronde 1'
        rows[2] == '2;1;Speeltuin;40000;6;6;ja;nee;gekozen in ronde 2'
        rows[3] == '3;3;"Bomen; meer groen";25000;5;5;nee;ja;paste niet meer (nog € 0 over, het plan kost € 25.000)'
        rows[4] == '''4;4;"'=HYPERLINK(""http://x"")";10000.50;1;1;nee;ja;paste niet meer (nog € 0 over, het plan kost € 10.000,50)'''
        rows.size() == 5
    }

    def "a cell that a spreadsheet would run as a formula gets a leading apostrophe"() {
        expect:
        nl.wijkdeal.kernel.CsvCell.inert(cell) == guarded

        where:
        cell              | guarded
        '=1+1'            | "'=1+1"
        '+31 6'           | "'+31 6"
        '-5'              | "'-5"
        '@SUM(A1)'        | "'@SUM(A1)"
        '\tx'             | "'\tx"
        '\rx'             | "'\rx"
        'Speeltuin = fijn' | 'Speeltuin = fijn'
        ''                | ''
    }

    def "stemmen.pb carries the META of the spec and reads back into the same election"() {
        given:
        def stemmen = Results.stemmen('Noord', Results.NOORD_BALLOTS)

        when:
        def text = new String(StemmenFile.text(stemmen), StandardCharsets.UTF_8)
        def back = PabulibReader.parse(text)

        then:
        back.projects() == stemmen.projects()
        back.ballots() == stemmen.ballots()
        back.budget() == stemmen.budget()
        back.kind() == stemmen.kind()
        back.meta().description == "Wijkdeal-ronde 'Wijkdeal 2025', wijk Noord"
        back.meta().subMap(['country', 'unit', 'subunit', 'instance', 'budget', 'vote_type', 'rule']) ==
                [country: 'Netherlands', unit: 'Groningen', subunit: 'Noord', instance: 'Wijkdeal 2025', budget: '70000',
                 vote_type: 'approval', rule: 'greedy']
        text.contains('VOTES\nvoter_id;vote\n1;1,2\n2;1,3\n')
        BallotLeaves.ballotsRoot(back) == BallotLeaves.ballotsRoot(stemmen)
    }

    def "ontvangstbewijzen.txt is sorted lowercase hex with LF, whatever order the hashes come in"() {
        given:
        def hashes = Results.receipts('NOORD', 12)

        when:
        def text = new String(ReceiptsFile.text(hashes.reverse()), StandardCharsets.US_ASCII)
        def lines = text.split('\n') as List

        then:
        text.endsWith('\n')
        lines == hashes.collect { Sha256.hex(it) }.sort()
        ReceiptsFile.parse(text.bytes, 'x').collect { Sha256.hex(it) } == lines
        BallotLeaves.receiptsRoot(hashes) == BallotLeaves.receiptsRoot(hashes.reverse())
    }

    def "a receipts file that is not sorted, has a double or a bad line is refused with the line"() {
        given:
        def lines = Results.receipts('NOORD', 3).collect { Sha256.hex(it) }.sort()

        when:
        ReceiptsFile.parse(text(lines).bytes, 'NOORD/ontvangstbewijzen.txt')

        then:
        def e = thrown(RecountFileException)
        e.message == message(lines)

        where:
        text                                         | message
        ({ [it[1], it[0], it[2]].join('\n') + '\n' }) | ({ "NOORD/ontvangstbewijzen.txt regel 2: niet gesorteerd (${it[0]} staat na ${it[1]})" })
        ({ [it[0], it[0], it[2]].join('\n') + '\n' }) | ({ "NOORD/ontvangstbewijzen.txt regel 2: dubbel ontvangstbewijs ${it[0]}" })
        ({ [it[0], it[1].toUpperCase()].join('\n') + '\n' }) | ({ "NOORD/ontvangstbewijzen.txt regel 2: geen hexadecimale hash in kleine letters: \"${it[1].toUpperCase()}\"" })
        ({ [it[0], 'abc'].join('\n') + '\n' })       | ({ 'NOORD/ontvangstbewijzen.txt regel 2: geen SHA-256-hash van 64 tekens: "abc"' })
        ({ it[0] })                                   | ({ 'NOORD/ontvangstbewijzen.txt: de laatste regel eindigt niet op een regelovergang (LF)' })
    }

    def "a wijk's files are refused when they disagree with its result, so a bad bundle is never published"() {
        given:
        def stemmen = Results.stemmen('Noord', Results.NOORD_BALLOTS)
        def receipts = Results.receipts('NOORD', 12)
        def result = Results.result('NOORD', 'Noord', stemmen, receipts, [] as Set)

        when:
        WijkFiles.of(result, Results.stemmen('Noord', Results.NOORD_BALLOTS.reverse()), receipts)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.startsWith('wijk NOORD: de wortel van de stemmen is ')

        when:
        WijkFiles.of(result, stemmen, receipts.subList(0, 11))

        then:
        e = thrown(IllegalArgumentException)
        e.message.startsWith('wijk NOORD: de wortel van de ontvangstbewijzen is ')
    }

    def "a small wijk has no stemmen.pb, and its ballots root is still there"() {
        when:
        def zuid = Results.wijken()[1]

        then:
        zuid.files().keySet() as List == ['ontvangstbewijzen.txt', 'uitslag.csv', 'uitslag.json']
        !zuid.result().ballotsPublished()
        zuid.result().roots().ballots() == BallotLeaves.ballotsRoot(Results.stemmen('Zuid', ['1', '2,3', '3']))
    }
}
