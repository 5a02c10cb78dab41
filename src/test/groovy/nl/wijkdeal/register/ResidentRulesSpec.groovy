package nl.wijkdeal.register

import spock.lang.Specification

import java.time.LocalDate

/** The parts of a resident as register files and residents write them. */
class ResidentRulesSpec extends Specification {

    def "postcode '#typed' is #expected"() {
        expect:
        ResidentRules.postcode(typed) == Optional.ofNullable(expected)

        where:
        typed        || expected
        '9712ab'     || '9712AB'
        '9712 AB'    || '9712AB'
        '9712AB'     || '9712AB'
        ' 9712  ab ' || '9712AB'
        '9712\tAB'   || '9712AB'
        '97123'      || null
        '0712AB'     || null      // Dutch postcodes never start with 0
        '9712A'      || null
        '9712ABC'    || null
        '971AB'      || null
        '9712-AB'    || null
        'AB9712'     || null
        ''           || null
        null         || null
    }

    def "house number '#number' letter '#letter' addition '#addition' is #expectedNumber '#expectedAddition'"() {
        expect:
        ResidentRules.houseNumber(number, letter, addition) ==
                Optional.of(new ResidentRules.HouseNumber(expectedNumber, expectedAddition))

        where:
        number  | letter | addition || expectedNumber | expectedAddition
        '12'    | ''     | ''       || 12             | ''
        '12a'   | ''     | ''       || 12             | 'A'
        '12 A'  | ''     | ''       || 12             | 'A'
        '12-a'  | ''     | ''       || 12             | 'A'
        '12-2'  | ''     | ''       || 12             | '2'
        '12A-2' | ''     | ''       || 12             | 'A2'
        '12'    | 'a'    | ''       || 12             | 'A'
        '12'    | 'A'    | '2'      || 12             | 'A2'
        '12'    | ''     | '2'      || 12             | '2'
        '12'    | ''     | 'bis'    || 12             | 'BIS'
        '12'    | null   | null     || 12             | ''
        ' 7 '   | ' b '  | ' 1 '    || 7              | 'B1'
        '99999' | ''     | ''       || 99999          | ''
        '1'     | ''     | 'hs'     || 1              | 'HS'
    }

    def "the spellings of one address are one resident"() {
        expect:
        ['12a', '12 A', '12-a', '12A'].collect { ResidentRules.houseNumber(it, '', '').get() }.toSet().size() == 1
        ResidentRules.houseNumber('12', 'A', '2') == ResidentRules.houseNumber('12A-2', '', '')
        ResidentRules.houseNumber('12', 'A', '2') == ResidentRules.houseNumber('12', '', 'A2')
    }

    def "house number '#number' letter '#letter' addition '#addition' is no house number"() {
        expect:
        ResidentRules.houseNumber(number, letter, addition).isEmpty()

        where:
        number | letter | addition
        ''     | ''     | ''
        null   | ''     | ''
        '0'    | ''     | ''
        'a12'  | ''     | ''
        'twaalf' | ''   | ''
        '12'   | 'ä'    | ''
        '12'   | ''     | 'a/b'
        '12!'  | ''     | ''
        '12'   | ''     | '123456789'   // more than 8 characters after the number
        '123456' | ''   | ''            // six digits: not 12345 with addition 6
    }

    def "date '#typed' is #expected"() {
        expect:
        ResidentRules.date(typed) == Optional.ofNullable(expected)

        where:
        typed          || expected
        '2001-02-03'   || LocalDate.of(2001, 2, 3)
        '2001-2-3'     || LocalDate.of(2001, 2, 3)
        '03-02-2001'   || LocalDate.of(2001, 2, 3)
        '3-2-2001'     || LocalDate.of(2001, 2, 3)
        '03/02/2001'   || LocalDate.of(2001, 2, 3)
        '3.2.2001'     || LocalDate.of(2001, 2, 3)
        '20010203'     || LocalDate.of(2001, 2, 3)
        ' 2001-02-03 ' || LocalDate.of(2001, 2, 3)
        '2000-02-29'   || LocalDate.of(2000, 2, 29)
        '29-02-2000'   || LocalDate.of(2000, 2, 29)
        '2001-02-30'   || null
        '2001-02-29'   || null
        '31-04-2000'   || null
        '20010230'     || null
        '2001-13-01'   || null
        '03-02-01'     || null
        '2001/02/03x'  || null
        'gisteren'     || null
        ''             || null
        '   '          || null
        null           || null
    }

    def "date in three fields #day #month #year is #expected"() {
        expect:
        ResidentRules.date(day, month, year) == Optional.ofNullable(expected)

        where:
        day  | month | year   || expected
        '3'  | '2'   | '2001' || LocalDate.of(2001, 2, 3)
        '03' | '02'  | '2001' || LocalDate.of(2001, 2, 3)
        ' 3' | '2 '  | '2001' || LocalDate.of(2001, 2, 3)
        '29' | '2'   | '2004' || LocalDate.of(2004, 2, 29)
        '29' | '2'   | '2005' || null
        '31' | '4'   | '2000' || null
        '3'  | '2'   | '01'   || null
        ''   | '2'   | '2001' || null
        '3'  | null  | '2001' || null
        '3'  | '2'   | '20O1' || null
    }
}
