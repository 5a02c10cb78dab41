package nl.wijkdeal.register

import spock.lang.Specification

import java.nio.charset.Charset
import java.nio.charset.StandardCharsets
import java.time.LocalDate

import static nl.wijkdeal.register.RegisterFile.FileProblem
import static nl.wijkdeal.register.RegisterFile.RowProblem

/** Register files as spreadsheets and BRP tools write them, and the ones Wijkdeal refuses. */
class RegisterFileSpec extends Specification {

    static final byte[] BOM = [0xEF, 0xBB, 0xBF] as byte[]

    static byte[] utf8(String text) {
        text.getBytes(StandardCharsets.UTF_8)
    }

    static byte[] cat(byte[] first, byte[] second) {
        def out = new ByteArrayOutputStream()
        out.write(first)
        out.write(second)
        out.toByteArray()
    }

    static List<RegisterFile.Line> lines(byte[] bytes) {
        def file = RegisterFile.open(bytes)
        List<RegisterFile.Line> read = []
        file.forEachLine { read << it }
        read
    }

    static RegisterFile.Refused refused(byte[] bytes) {
        try {
            RegisterFile.open(bytes)
        } catch (RegisterFile.Refused refused) {
            return refused
        }
        throw new AssertionError('the file was accepted')
    }

    def "a plain file: residents with their line numbers, names and address lines"() {
        given:
        def text = 'postcode;huisnummer;huisletter;toevoeging;geboortedatum;naam;adresregel1;adresregel2\n' +
                '9721AB;12;a;;1970-02-01;J. Jansen;Straatweg 12a;9721 AB Groningen\n' +
                '9722 cd;3;;2;01-02-1980;P. Pietersen;Laan 3-2;\n'

        when:
        def read = lines(utf8(text))

        then:
        read*.number == [2L, 3L]
        read*.ok() == [true, true]
        read[0].resident() == new Resident('9721AB', 12, 'A', LocalDate.of(1970, 2, 1))
        read[0].name() == 'J. Jansen'
        read[0].address() == ['Straatweg 12a', '9721 AB Groningen']
        read[1].resident() == new Resident('9722CD', 3, '2', LocalDate.of(1980, 2, 1))
        read[1].address() == ['Laan 3-2']
    }

    def "UTF-8 with and without BOM, and Windows-1252, read the same"() {
        given:
        def text = 'postcode;huisnummer;geboortedatum;naam\r\n9721AB;1;1970-02-01;Café Zoë Ñandú €\r\n'

        when:
        def plain = RegisterFile.open(utf8(text))
        def withBom = RegisterFile.open(cat(BOM, utf8(text)))
        def windows = RegisterFile.open(text.getBytes(Charset.forName('windows-1252')))

        then:
        plain.charset() == StandardCharsets.UTF_8
        withBom.charset() == StandardCharsets.UTF_8
        windows.charset() == Charset.forName('windows-1252')
        [utf8(text), cat(BOM, utf8(text)), text.getBytes(Charset.forName('windows-1252'))].every { bytes ->
            def read = lines(bytes)
            read.size() == 1 && read[0].name() == 'Café Zoë Ñandú €' && read[0].number == 2 &&
                    read[0].resident() == new Resident('9721AB', 1, '', LocalDate.of(1970, 2, 1))
        }
    }

    def "a BOM before the header does not hide the first column"() {
        expect:
        lines(cat(BOM, utf8('postcode;huisnummer;geboortedatum\n9721AB;1;1970-02-01\n')))[0].resident().postcode() == '9721AB'
    }

    def "delimiter #name is found from the header"() {
        given:
        def text = ['postcode', 'huisnummer', 'geboortedatum', 'naam'].join(d) + '\n' +
                ['9721AB', '1', '1970-02-01', 'J. Jansen'].join(d) + '\n'

        when:
        def file = RegisterFile.open(utf8(text))

        then:
        file.delimiter() == d as char
        lines(utf8(text))[0].name() == 'J. Jansen'

        where:
        name        | d
        'semicolon' | ';'
        'comma'     | ','
        'tab'       | '\t'
    }

    def "empty lines and lines of only delimiters are skipped; line numbers stay those of the file"() {
        given:
        def text = 'postcode;huisnummer;geboortedatum\n' +
                '\n' +                              // 2
                '9721AB;1;1970-02-01\n' +           // 3
                ';;\n' +                            // 4
                '  ;  ; \n' +                       // 5
                '\r\n' +                            // 6
                '9721AB;2;1970-02-01\n' +           // 7
                '\n'

        when:
        def read = lines(utf8(text))

        then:
        read*.number == [3L, 7L]
        read*.resident()*.houseNumber() == [1, 2]
    }

    def "Windows line ends and a last line without a line end keep the numbering"() {
        given:
        def text = 'postcode;huisnummer;geboortedatum\r\n9721AB;1;1970-02-01\r\n\r\n97210;2;1970-02-01'

        expect:
        lines(utf8(text)).collect { [it.number, it.problem] } == [[2L, null], [4L, RowProblem.POSTCODE]]
    }

    def "header '#header' is column #column"() {
        expect:
        RegisterFile.Column.named(header) == Optional.ofNullable(column)

        where:
        header                   || column
        'postcode'               || RegisterFile.Column.POSTCODE
        'Postcode'               || RegisterFile.Column.POSTCODE
        'Post code'              || RegisterFile.Column.POSTCODE
        ' POSTCODE '             || RegisterFile.Column.POSTCODE
        'Huisnummer'             || RegisterFile.Column.HOUSE_NUMBER
        'Huis_nummer'            || RegisterFile.Column.HOUSE_NUMBER
        'Huisletter'             || RegisterFile.Column.HOUSE_LETTER
        'Toevoeging'             || RegisterFile.Column.ADDITION
        'Huisnummer-toevoeging'  || RegisterFile.Column.ADDITION
        'Geboorte datum'         || RegisterFile.Column.BIRTH_DATE
        'Naam'                   || RegisterFile.Column.NAME
        'Tenaamstelling'         || RegisterFile.Column.NAME
        'Adresregel 1'           || RegisterFile.Column.ADDRESS_1
        'adres_2'                || RegisterFile.Column.ADDRESS_2
        'Adresregel 3'           || RegisterFile.Column.ADDRESS_3
        'bsn'                    || null
        'BSN'                    || null
        'achternaam'             || null
        'geslacht'               || null
    }

    def "headers in any case and spacing are read"() {
        given:
        def text = '"Post code";HUISNUMMER;Huis letter;Geboorte-datum;Adresregel 1;Naam\n9721 ab;5;b;1970-02-01;Weg 5b;A\n'

        expect:
        lines(utf8(text))[0].resident() == new Resident('9721AB', 5, 'B', LocalDate.of(1970, 2, 1))
        RegisterFile.open(utf8(text)).hasLetterColumns()
        !RegisterFile.open(utf8('postcode;huisnummer;geboortedatum\n')).hasLetterColumns()
    }

    def "a file without #missing is refused, naming the missing columns"() {
        when:
        def refusal = refused(utf8(header + '\n9721AB;1;1970-02-01\n'))

        then:
        refusal.problem() == FileProblem.MISSING_COLUMNS
        refusal.columns() == missing

        where:
        header                              || missing
        'postcode;huisnummer'               || ['geboortedatum']
        'postcode;geboortedatum'            || ['huisnummer']
        'huisnummer;geboortedatum;naam'     || ['postcode']
        'naam;adresregel1'                  || ['postcode', 'huisnummer', 'geboortedatum']
    }

    def "a file with a column Wijkdeal has no business with is refused as a whole"() {
        when:
        def refusal = refused(utf8('bsn;postcode;huisnummer;geboortedatum;Geslacht\n123456782;9721AB;1;1970-02-01;M\n'))

        then:
        refusal.problem() == FileProblem.UNKNOWN_COLUMNS
        refusal.columns() == ['bsn', 'Geslacht']
    }

    def "a column named twice is refused"() {
        when:
        def refusal = refused(utf8('postcode;huisnummer;Post code;geboortedatum\n'))

        then:
        refusal.problem() == FileProblem.REPEATED_COLUMNS
        refusal.columns() == ['Post code']
    }

    def "an empty header cell (a trailing delimiter) is no column"() {
        expect:
        lines(utf8('postcode;huisnummer;geboortedatum;\n9721AB;1;1970-02-01;\n'))*.ok() == [true]
    }

    def "an empty file is refused: #name"() {
        expect:
        refused(bytes).problem() == FileProblem.EMPTY

        where:
        name           | bytes
        'no bytes'     | new byte[0]
        'a BOM alone'  | BOM
        'empty lines'  | utf8('\n\n')
        'spaces'       | utf8('   \n')
    }

    def "a spreadsheet or other binary file is refused as not text: #name"() {
        expect:
        refused(bytes).problem() == FileProblem.NOT_TEXT

        where:
        name            | bytes
        'xlsx (a zip)'  | cat([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] as byte[], utf8('[Content_Types].xml'))
        'PK then text'  | utf8('PK postcode;huisnummer;geboortedatum\n')
        'NUL bytes'     | cat(utf8('postcode;huisnummer;geboortedatum\n'), [0, 0, 0] as byte[])
        'UTF-16'        | 'postcode;huisnummer;geboortedatum\n'.getBytes(StandardCharsets.UTF_16LE)
    }

    def "rows that cannot be read say why, on their own line"() {
        given:
        def text = 'postcode;huisnummer;huisletter;geboortedatum;naam\n' +
                '9721AB;1;;1970-02-01;Goed\n' +              // 2
                '97213;1;;1970-02-01;Postcode\n' +           // 3
                '0721AB;1;;1970-02-01;Postcode\n' +          // 4
                ';1;;1970-02-01;Postcode\n' +                // 5
                '9721AB;;;1970-02-01;Huisnummer\n' +         // 6
                '9721AB;twaalf;;1970-02-01;Huisnummer\n' +   // 7
                '9721AB;1;ä;1970-02-01;Huisletter\n' +       // 8
                '9721AB;1;;2001-02-30;Datum\n' +             // 9
                '9721AB;1;;31-04-2000;Datum\n' +             // 10
                '9721AB;1;;;Datum\n' +                       // 11
                '9721AB;1;;1970-02-01;Veld;teveel\n' +       // 12
                '9721AB;1;;1970-02-01;Lege velden;;\n' +     // 13: empty fields after the last column are fine
                '9721AB;2\n'                                 // 14: missing fields are empty

        when:
        def read = lines(utf8(text))

        then:
        read.collect { [it.number, it.problem] } == [
                [2L, null],
                [3L, RowProblem.POSTCODE], [4L, RowProblem.POSTCODE], [5L, RowProblem.POSTCODE],
                [6L, RowProblem.HOUSE_NUMBER], [7L, RowProblem.HOUSE_NUMBER], [8L, RowProblem.HOUSE_NUMBER],
                [9L, RowProblem.BIRTH_DATE], [10L, RowProblem.BIRTH_DATE], [11L, RowProblem.BIRTH_DATE],
                [12L, RowProblem.TOO_MANY_FIELDS],
                [13L, null],
                [14L, RowProblem.BIRTH_DATE]]
        read.findAll { !it.ok() }.every { it.resident() == null && it.name() == '' && it.address() == [] }
    }

    def "quoted fields may hold the delimiter and quotes"() {
        given:
        def text = 'postcode;huisnummer;geboortedatum;naam;adresregel1\n' +
                '9721AB;1;1970-02-01;"Jansen; J.";"Weg 1; ""achterom"""\n' +
                '9721AB;2;1970-02-01;"de Vries, P.";Weg 2\n'

        when:
        def read = lines(utf8(text))

        then:
        read*.number == [2L, 3L]
        read*.name() == ['Jansen; J.', 'de Vries, P.']
        read[0].address() == ['Weg 1; "achterom"']
        read*.ok() == [true, true]
    }

    def "with commas as delimiter, a quoted comma stays in its field"() {
        expect:
        lines(utf8('postcode,huisnummer,geboortedatum,naam\n9721AB,1,1970-02-01,"Jansen, J."\n'))[0].name() == 'Jansen, J.'
    }

    def "an unclosed quote deep in the file makes the whole file unreadable"() {
        given:
        def text = new StringBuilder('postcode;huisnummer;geboortedatum;naam\n')
        1000.times { text << "9721AB;${it + 1};1970-02-01;Bewoner\n" }
        text << '9721AB;1001;1970-02-01;"Bewoner\n'
        10.times { text << "9721AB;${it + 1002};1970-02-01;Bewoner\n" }
        int seen = 0

        when:
        RegisterFile.open(utf8(text.toString())).forEachLine { seen++ }

        then:
        thrown(RegisterFile.Unreadable)
        seen <= 1000
    }

    def "the estimate of rows counts the line ends"() {
        expect:
        RegisterFile.open(utf8('postcode;huisnummer;geboortedatum\n9721AB;1;1970-02-01\n9721AB;2;1970-02-01\n')).estimatedRows() == 3
        RegisterFile.open(utf8('postcode;huisnummer;geboortedatum')).estimatedRows() == 1
    }

    def "the file never shows its content in a message"() {
        expect:
        !RegisterFile.open(utf8('postcode;huisnummer;geboortedatum;naam\n9721AB;1;1970-02-01;Jansen\n')).toString().contains('Jansen')
    }
}
