package nl.wijkdeal.register

import org.apache.commons.csv.CSVFormat
import spock.lang.Specification

import java.nio.charset.StandardCharsets

import static nl.wijkdeal.register.TestLetters.letter

class MailingHouseCsvSpec extends Specification {

    static final HEADER = 'naam;adresregel_1;adresregel_2;adresregel_3;wijk;ronde;stemperiode;stemcode;stemlink'

    def "a BOM, the header, then one row per letter, in Dutch Excel's dialect"() {
        when:
        def bytes = csv([letter(), letter(name: 'A. Çelik', code: 'QRST-UVWX-YZ23-4')])
        def text = new String(bytes, StandardCharsets.UTF_8)

        then: 'UTF-8 with a byte order mark'
        bytes[0..2] == [0xEF, 0xBB, 0xBF].collect { it as byte }

        and:
        text.substring(1).split('\r\n') as List == [
                HEADER,
                'J. de Vries;Voorbeeldstraat 1;9722 AA Groningen;;De Wijert;Wijkdeal De Wijert 2027;2 maart 2027 tot en met 15 maart 2027;ABCD-EFGH-JKMN-P;https://wijkdeal.groningen.nl/rondes/12/stemmen#code=ABCD-EFGH-JKMN-P',
                'A. Çelik;Voorbeeldstraat 1;9722 AA Groningen;;De Wijert;Wijkdeal De Wijert 2027;2 maart 2027 tot en met 15 maart 2027;QRST-UVWX-YZ23-4;https://wijkdeal.groningen.nl/rondes/12/stemmen#code=QRST-UVWX-YZ23-4',
        ]
    }

    def "a cell that a spreadsheet would run as a formula gets an apostrophe: #cell"() {
        expect:
        nl.wijkdeal.kernel.CsvCell.inert(cell) == shown

        where:
        cell                             || shown
        '=HYPERLINK("http://x","klik")'  || '\'=HYPERLINK("http://x","klik")'
        '+31 50 123'                     || '\'+31 50 123'
        '-1+1'                           || '\'-1+1'
        '@SUM(A1)'                       || '\'@SUM(A1)'
        '\t=1'                           || '\'\t=1'
        'J. de Vries'                    || 'J. de Vries'
        'Jan-Willem'                     || 'Jan-Willem'
        ''                               || ''
    }

    def "what goes in comes back out, with quoting and the formula guard, through commons-csv"() {
        given:
        def letters = [
                letter(name: '=cmd|\' /C calc\'!A0', addressLines: ['Straat; 1', 'regel "2"', 'Plaats\nmet regeleinde'],
                        wijkName: '@wijk', roundTitle: '+ronde'),
                letter(name: 'Øvergaard', addressLines: ['Enige regel']),
                letter(name: 'Zonder adres', addressLines: []),
        ]

        when:
        def records = CSVFormat.Builder.create(MailingHouseCsv.FORMAT).setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(csv(letters), StandardCharsets.UTF_8).substring(1)))
                .records

        then:
        records.size() == 3
        records[0].toList() == ['\'=cmd|\' /C calc\'!A0', 'Straat; 1', 'regel "2"', 'Plaats\nmet regeleinde', '\'@wijk', '\'+ronde',
                                '2 maart 2027 tot en met 15 maart 2027', 'ABCD-EFGH-JKMN-P',
                                'https://wijkdeal.groningen.nl/rondes/12/stemmen#code=ABCD-EFGH-JKMN-P']
        records[1].get('naam') == 'Øvergaard'
        records[1].get('adresregel_1') == 'Enige regel'
        records[1].get('adresregel_2') == ''
        records[1].get('adresregel_3') == ''
        records[2].get('adresregel_1') == ''
    }

    def "a fourth address line does not fit the window or the file"() {
        when:
        letter(addressLines: ['1', '2', '3', '4'])

        then:
        thrown(IllegalArgumentException)
    }

    static byte[] csv(List<Letter> letters) {
        def out = new ByteArrayOutputStream()
        def writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)
        MailingHouseCsv.write(letters, writer)
        writer.flush()
        out.toByteArray()
    }
}
